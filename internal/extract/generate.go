package extract

// The cue and source-head lexicons are learned from PolNeAR's training
// split, with WordNet's reporting verbs (internal/lexgen/wordnet.txt,
// written by `go run ./internal/extract/internal/wngen` from Debian's
// wordnet-base) as a prior for verbs train lacks; regenerate them after
// changing the generator:
//
//go:generate go run ./internal/lexgen -in ../../../shared/eval/polnear-train.jsonl -out lexicon_gen.go -frames infinitive_gen.go
