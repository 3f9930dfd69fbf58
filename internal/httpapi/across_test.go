package httpapi_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quoted-dev/quoted/internal/catalog"
)

func (s *testServer) post(path, contentType, body string) (int, http.Header, []byte) {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.url+path, strings.NewReader(body))
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	s.validate(req, res, b, []byte(body))
	return res.StatusCode, res.Header, b
}

func TestSpeakerSpellingVariants(t *testing.T) {
	s := newServer(t)
	var want catalog.Speaker
	for _, q := range []string{"zelenskyy", "Zelenskiy", "zelensky", "ukrainian president", "ZELENSKYY"} {
		var res struct{ Data []catalog.Speaker }
		s.getJSON("/v1/speakers?q="+url.QueryEscape(q), http.StatusOK, &res)
		if len(res.Data) == 0 || res.Data[0].Name != "Volodymyr Zelensky" {
			t.Errorf("q=%q: first result %+v, want Volodymyr Zelensky", q, res.Data)
			continue
		}
		want = res.Data[0]
	}
	if want.ID == 0 {
		t.FailNow()
	}
	// One speaker carries the quotes of every spelling: the seeds spell the
	// name Zelensky (two outlets) and Zelenskyy (three).
	var quotes quoteList
	s.getJSON("/v1/speakers/"+want.Slug+"/quotes?limit=200", http.StatusOK, &quotes)
	spellings := map[string]bool{}
	for _, q := range quotes.Data {
		if q.Mention != nil && strings.Contains(q.Mention.Text, "Zelensk") {
			spellings[q.Mention.Text] = true
		}
	}
	if !spellings["Zelensky"] || !spellings["Zelenskyy"] {
		t.Errorf("mentions of %s: %v, want both Zelensky and Zelenskyy", want.Name, spellings)
	}
	aliases := strings.Join(want.Aliases, "|")
	if !strings.Contains(aliases, "Zelenskyy") {
		t.Errorf("aliases %q lack the Zelenskyy spelling", aliases)
	}
	if len(want.Roles) == 0 {
		t.Errorf("no roles recorded for %s", want.Name)
	}
}

func TestStatementsAcrossOutlets(t *testing.T) {
	s := newServer(t)
	var list struct{ Data []catalog.Statement }
	s.getJSON("/v1/statements?speaker=emmanuel-macron&q=countries&limit=200", http.StatusOK, &list)
	var found *catalog.StatementDetail
	for _, st := range list.Data {
		var d catalog.StatementDetail
		s.getJSON("/v1/statements/"+itoa(st.ID), http.StatusOK, &d)
		afp, reuters := false, false
		for _, v := range d.Variants {
			afp = afp || strings.Contains(v.Text, "We have today 26 countries")
			reuters = reuters || strings.Contains(v.Text, "As a form of reassurance, 26 countries")
		}
		if afp && reuters {
			found = &d
			break
		}
	}
	if found == nil {
		t.Fatalf("no Macron statement holds both the AFP and the Reuters wording of the 26 countries quote: %+v", list.Data)
	}
	if found.ArticleCount < 3 {
		t.Errorf("statement %d: %d articles, want ≥ 3", found.ID, found.ArticleCount)
	}
	agencies := map[string]bool{}
	for _, o := range found.Outlets {
		if o.Kind == "agency" {
			agencies[o.Slug] = true
		}
	}
	if !agencies["afp"] || !agencies["reuters"] {
		t.Errorf("statement outlets %+v, want AFP and Reuters among them", found.Outlets)
	}
	for _, v := range found.Variants {
		if v.StatementID == nil || *v.StatementID != found.ID {
			t.Errorf("variant %d carries statement %v", v.ID, v.StatementID)
		}
		if v.Corroboration.Outlets != found.OutletCount || v.Corroboration.Articles != found.ArticleCount {
			t.Errorf("variant %d corroboration %+v, statement has %d outlets %d articles", v.ID, v.Corroboration, found.OutletCount, found.ArticleCount)
		}
	}
	// Different utterances stay apart: the Zelensky "first concrete step"
	// quote is never in a Macron statement.
	for _, v := range found.Variants {
		if strings.Contains(v.Text, "concrete step") {
			t.Errorf("unrelated quote %d in the statement", v.ID)
		}
	}
	s.do(http.MethodGet, "/v1/statements/999999")
	s.do(http.MethodGet, "/v1/statements?speaker=nobody-at-all")
	s.do(http.MethodGet, "/v1/statements/zero")
	if code, _, _ := s.do(http.MethodGet, "/v1/statements?from=2025-13-01"); code != http.StatusBadRequest {
		t.Errorf("bad from date: status %d", code)
	}
}

func TestSyndicationAndRoles(t *testing.T) {
	s := newServer(t)
	var arts struct{ Data []catalog.Article }
	s.getJSON("/v1/articles", http.StatusOK, &arts)
	bySource := map[string]catalog.Article{}
	for _, a := range arts.Data {
		bySource[a.Source] = a
	}
	orig, copy := bySource["seeds/000_2f5505ce5e6b32b4.txt"], bySource["seeds/001_9141dd36a55c9439.txt"]
	if copy.Agency == nil || copy.Agency.Slug != "afp" || !copy.AgencyInferred {
		t.Errorf("article 001 (AFP copy without byline): agency %+v inferred %v", copy.Agency, copy.AgencyInferred)
	}
	if copy.SyndicatedFrom == nil || *copy.SyndicatedFrom != orig.ID {
		t.Errorf("article 001 syndicated from %v, want %d", copy.SyndicatedFrom, orig.ID)
	}
	if orig.AgencyInferred {
		t.Error("article 000 names AFP itself; its agency is not inferred")
	}

	var agencyQuotes quoteList
	s.getJSON("/v1/quotes?agency=afp&limit=200", http.StatusOK, &agencyQuotes)
	for _, q := range agencyQuotes.Data {
		if q.Article.Agency == nil || q.Article.Agency.Slug != "afp" {
			t.Errorf("agency=afp returned quote %d of %+v", q.ID, q.Article)
		}
	}
	if len(agencyQuotes.Data) == 0 {
		t.Error("no AFP quotes")
	}
	if code, _, _ := s.do(http.MethodGet, "/v1/quotes?publisher=nowhere-news"); code != http.StatusNotFound {
		t.Errorf("unknown publisher: status %d", code)
	}

	// The unnamed spokesman is linked to Kornelius only as a suggestion.
	var roles struct{ Data []catalog.Speaker }
	s.getJSON("/v1/speakers?q="+url.QueryEscape("German government spokesman")+"&kind=role", http.StatusOK, &roles)
	if len(roles.Data) == 0 {
		t.Fatal("no role speaker for the German government spokesman")
	}
	role := roles.Data[0]
	if role.Kind != "role" {
		t.Fatalf("first result %+v is not a role", role)
	}
	var sugg *catalog.Suggestion
	for i := range role.Suggestions {
		if role.Suggestions[i].Person.Name == "Stefan Kornelius" {
			sugg = &role.Suggestions[i]
		}
	}
	if sugg == nil || sugg.Confidence <= 0 || sugg.Confidence >= 1 || sugg.Evidence == "" {
		t.Errorf("role suggestions %+v, want Stefan Kornelius with a confidence below 1 and evidence", role.Suggestions)
	}
}

func TestVerify(t *testing.T) {
	s := newServer(t)
	verify := func(body string) catalog.Verification {
		t.Helper()
		code, _, b := s.post("/v1/quotes/verify", "application/json", body)
		if code != http.StatusOK {
			t.Fatalf("verify %s: %d %s", body, code, b)
		}
		var v catalog.Verification
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, claim := range []string{
		"26 countries have committed to deploy troops",                  // paraphrase
		"We have today 26 countries who have formally committed",        // truncated
		"twenty six countries committed to deploying troops to Ukraine", // reworded
	} {
		v := verify(`{"text": ` + jsonString(claim) + `}`)
		if !v.Matched || len(v.Candidates) == 0 {
			t.Errorf("%q: no match", claim)
			continue
		}
		top := v.Candidates[0]
		if top.Quote.Speaker == nil || top.Quote.Speaker.Name != "Emmanuel Macron" || !strings.Contains(top.Quote.Text, "26 countries") {
			t.Errorf("%q: top candidate %q by %+v", claim, top.Quote.Text, top.Quote.Speaker)
		}
		if top.Statement == nil || len(top.Statement.Outlets) < 2 || top.Statement.FirstSeen == "" {
			t.Errorf("%q: top candidate lacks its statement, outlets and first appearance: %+v", claim, top.Statement)
		}
		if top.Quote.Context.Text == "" {
			t.Errorf("%q: no context paragraph", claim)
		}
	}
	exact := verify(`{"text": "The planning work will be finalized with the United States", "speaker": "macron"}`)
	if !exact.Matched || exact.Candidates[0].Match != "exact" {
		t.Errorf("verbatim quote: %+v", exact)
	}
	for _, invented := range []string{
		"I have decided to resign tomorrow and move to Argentina to raise llamas",
		"The moon landing was staged in a film studio in Nevada",
	} {
		if v := verify(`{"text": ` + jsonString(invented) + `}`); v.Matched || len(v.Candidates) != 0 {
			t.Errorf("invented quote %q matched: %+v", invented, v.Candidates)
		}
	}
	// Restricting to another speaker finds nothing of Macron's.
	if v := verify(`{"text": "26 countries have committed to deploy troops", "speaker": "mark-rutte"}`); v.Matched {
		t.Errorf("speaker filter ignored: %+v", v.Candidates[0].Quote.Speaker)
	}

	for _, tc := range []struct {
		ct, body string
		status   int
	}{
		{"application/json", `{"text": ""}`, 400},
		{"application/json", `{"txt": "hello"}`, 400},
		{"application/json", `{"text": "a"} {"text": "b"}`, 400},
		{"application/json", `[1,2]`, 400},
		{"application/json", `{"text": ` + jsonString(strings.Repeat("word ", 500)) + `}`, 400},
		{"application/json", `{"text": "we will win", "speaker": "nobody at all whatsoever"}`, 404},
		{"text/plain", `we will win`, 415},
		{"application/json; charset=iso-8859-1", `{"text": "we will win"}`, 415},
		{"application/json", "{\"text\": \"d\xe9clare\"}", 400},
		{"application/json", `{"text": "a\u0000b"}`, 400},
		{"application/json", `{"text": "we will win", "speaker": "   "}`, 400},
		{"application/json", `{"text": "` + strings.Repeat("x", 3<<20) + `"}`, 413},
	} {
		code, h, b := s.post("/v1/quotes/verify", tc.ct, tc.body)
		if code != tc.status || h.Get("Content-Type") != "application/problem+json" {
			t.Errorf("verify %.40s: %d %s, want %d problem+json", tc.body, code, h.Get("Content-Type"), tc.status)
		}
		_ = b
	}
}

func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSpace(b.String())
}
