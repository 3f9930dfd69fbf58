package catalog

import (
	"context"
	"fmt"
	"sort"

	"github.com/quoted-dev/quoted/internal/similar"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// VerifyLimit bounds the candidates a verification returns.
const VerifyLimit = 10

// Verify looks for reported quotes that match a claimed quote, optionally
// by one speaker. PostgreSQL's trigram and full-text indexes find the
// candidates; similar decides how each relates to the claim.
func (s *Service) Verify(ctx context.Context, claim string, speakerID int64) (Verification, error) {
	v := Verification{Claim: claim, Candidates: []VerifyCandidate{}}
	type hit struct {
		id   int64
		trgm float64
	}
	var hits []hit
	rows, err := s.st.VerifyCandidates(ctx, dbq.VerifyCandidatesParams{
		Claim: claim, Pairs: similar.Pairs(claim), SpeakerID: optID(speakerID),
	})
	if err != nil {
		return v, fmt.Errorf("verify: %w", err)
	}
	for _, r := range rows {
		hits = append(hits, hit{id: r.ID, trgm: r.Trgm})
	}
	if len(hits) == 0 {
		v.Verdict = "no reported quote matches the claim"
		return v, nil
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	page, err := s.ListQuotes(ctx, QuoteFilter{IDs: ids, Limit: len(ids)})
	if err != nil {
		return v, err
	}
	byID := map[int64]Quote{}
	for _, q := range page.Items {
		byID[q.ID] = q
	}
	var cands []VerifyCandidate
	seenStatement := map[int64]bool{}
	for _, h := range hits {
		q, ok := byID[h.id]
		if !ok {
			continue
		}
		m := similar.Compare(claim, q.Text)
		kind := string(m.Kind)
		score := m.Score
		// The claim's words inside a longer quote, though not verbatim:
		// a truncated or lightly paraphrased quote.
		if m.Kind == similar.None && h.trgm >= 0.6 {
			kind, score = string(similar.Near), h.trgm
		}
		if kind == string(similar.None) {
			continue
		}
		score = max(score, h.trgm)
		if q.StatementID != nil {
			if seenStatement[*q.StatementID] {
				continue // one candidate per statement: its best variant
			}
			seenStatement[*q.StatementID] = true
		}
		cands = append(cands, VerifyCandidate{Match: kind, Score: round(min(score, 1)), Quote: q})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if rank(cands[i].Match) != rank(cands[j].Match) {
			return rank(cands[i].Match) < rank(cands[j].Match)
		}
		return cands[i].Score > cands[j].Score
	})
	if len(cands) > VerifyLimit {
		cands = cands[:VerifyLimit]
	}
	for i := range cands {
		if id := cands[i].Quote.StatementID; id != nil {
			st, err := s.statementsByID(ctx, []int64{*id})
			if err != nil {
				return v, err
			}
			if len(st) == 1 {
				cands[i].Statement = &st[0]
			}
		}
	}
	if cands == nil {
		cands = []VerifyCandidate{}
	}
	v.Candidates = cands
	v.Matched = len(cands) > 0
	switch {
	case !v.Matched:
		v.Verdict = "no reported quote matches the claim"
	case cands[0].Match == string(similar.Exact):
		v.Verdict = "reported verbatim"
	case cands[0].Match == string(similar.Partial):
		v.Verdict = "reported as part of a longer quote, or the claim extends a reported quote"
	default:
		v.Verdict = "reported in other words; compare the wording before citing it"
	}
	return v, nil
}

func rank(kind string) int {
	switch kind {
	case string(similar.Exact):
		return 0
	case string(similar.Partial):
		return 1
	}
	return 2
}
