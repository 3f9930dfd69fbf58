package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// fileArticle is an article object in a .json or .jsonl file. It accepts
// the names other tools use too (title, author, outlet, wire, body).
type fileArticle struct {
	URL       string `json:"url"`
	Headline  string `json:"headline"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Author    any    `json:"author"`
	Published string `json:"published"`
	Publisher string `json:"publisher"`
	Outlet    any    `json:"outlet"`
	Agency    string `json:"agency"`
	Wire      any    `json:"wire"`
	Text      string `json:"text"`
	Body      string `json:"body"`
}

func (f fileArticle) article(source string) Article {
	return Article{
		Source:    source,
		URL:       f.URL,
		Headline:  firstNonEmpty(f.Headline, f.Title),
		Byline:    firstNonEmpty(f.Byline, str(f.Author)),
		Published: f.Published,
		Publisher: firstNonEmpty(f.Publisher, str(f.Outlet)),
		Agency:    firstNonEmpty(f.Agency, str(f.Wire)),
		Text:      firstNonEmpty(f.Text, f.Body),
	}
}

// str keeps string metadata and drops other shapes (objects, nulls).
func str(v any) string {
	s, _ := v.(string)
	return s
}

// Item is one article read from a file, or the reason it could not be read.
type Item struct {
	Source  string // file, or file:line for JSONL
	Article Article
	Err     error
}

// ReadArticles reads the articles in one file: a .txt file is one article's
// text; a .json file holds an article object or an array of them; a .jsonl
// file holds one object a line.
func ReadArticles(name string, r io.Reader) ([]Item, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt":
		b, err := io.ReadAll(io.LimitReader(r, MaxTextBytes+1))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		return []Item{{Source: name, Article: Article{Source: name, Text: string(b)}}}, nil
	case ".json":
		b, err := io.ReadAll(io.LimitReader(r, 256<<20))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		b = bytes.TrimSpace(b)
		if len(b) > 0 && b[0] == '[' {
			var arr []json.RawMessage
			if err := json.Unmarshal(b, &arr); err != nil {
				return nil, fmt.Errorf("%s: not a JSON array of articles: %w", name, err)
			}
			items := make([]Item, len(arr))
			for i, raw := range arr {
				items[i] = decodeItem(fmt.Sprintf("%s[%d]", name, i), raw)
			}
			return items, nil
		}
		return []Item{decodeItem(name, b)}, nil
	case ".jsonl", ".ndjson":
		var items []Item
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), 4*MaxTextBytes)
		for line := 1; sc.Scan(); line++ {
			b := bytes.TrimSpace(sc.Bytes())
			if len(b) == 0 {
				continue
			}
			items = append(items, decodeItem(fmt.Sprintf("%s:%d", name, line), b))
		}
		if err := sc.Err(); err != nil {
			return items, fmt.Errorf("read %s: %w", name, err)
		}
		return items, nil
	}
	return nil, fmt.Errorf("%s: unsupported file type (want .txt, .json or .jsonl)", name)
}

func decodeItem(source string, raw []byte) Item {
	var f fileArticle
	if err := json.Unmarshal(raw, &f); err != nil {
		return Item{Source: source, Err: fmt.Errorf("not an article object: %w", err)}
	}
	return Item{Source: source, Article: f.article(source)}
}
