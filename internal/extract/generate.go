package extract

// The cue and source-head lexicons are learned from PolNeAR's training
// split; regenerate them after changing the generator:
//
//go:generate go run ./internal/lexgen -in ../../../shared/eval/polnear-train.jsonl -out lexicon_gen.go -frames infinitive_gen.go
