package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadCoNLLU reads sentences in the CoNLL-U format of Universal Dependencies
// (https://universaldependencies.org/format.html). Multiword-token lines ("1-2") and empty
// nodes ("8.1") are skipped: a sentence is its syntactic words. The name is used in errors.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	var (
		sents []Sentence
		cur   Sentence
		line  int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			sents = append(sents, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case text == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			if v, ok := strings.CutPrefix(text, "# text = "); ok {
				cur.Text = v
			} else if v, ok := strings.CutPrefix(text, "# sent_id = "); ok {
				cur.ID = v
			}
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("syntax: %s:%d: %d columns, want 10", name, line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Tokens)+1 {
			return nil, fmt.Errorf("syntax: %s:%d: word ID %q, want %d", name, line, cols[0], len(cur.Tokens)+1)
		}
		head := -1
		if cols[6] != "_" {
			h, err := strconv.Atoi(cols[6])
			if err != nil || h < 0 {
				return nil, fmt.Errorf("syntax: %s:%d: bad head %q", name, line, cols[6])
			}
			head = h - 1
		}
		cur.Tokens = append(cur.Tokens, Token{
			Form: cols[1], UPOS: underscore(cols[3]), XPOS: underscore(cols[4]),
			Head: head, Rel: underscore(cols[7]),
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("syntax: read %s: %w", name, err)
	}
	flush()
	for _, s := range sents {
		for i, t := range s.Tokens {
			if t.Head >= len(s.Tokens) {
				return nil, fmt.Errorf("syntax: %s: sentence %q word %d: head %d out of range", name, s.ID, i+1, t.Head+1)
			}
		}
	}
	return sents, nil
}

func underscore(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// WriteCoNLLU writes sentences in CoNLL-U: one line a word with its form, tags, head and
// relation; lemma, features, enhanced dependencies and misc are "_", except SpaceAfter=No
// where the next word follows without a space.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		if s.ID != "" {
			fmt.Fprintf(bw, "# sent_id = %s\n", oneLine(s.ID))
		} else {
			fmt.Fprintf(bw, "# sent_id = %d\n", i+1)
		}
		if s.Text != "" {
			fmt.Fprintf(bw, "# text = %s\n", oneLine(s.Text))
		}
		for j, t := range s.Tokens {
			misc := "_"
			if j+1 < len(s.Tokens) && t.End > 0 && s.Tokens[j+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(bw, "%d\t%s\t_\t%s\t%s\t_\t%d\t%s\t_\t%s\n",
				j+1, field(t.Form), field(t.UPOS), field(t.XPOS), t.Head+1, field(t.Rel), misc)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// field makes a value safe for one CoNLL-U column: no tabs or line breaks, never empty.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r':
			return ' '
		}
		return r
	}, s)
}

func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r':
			return ' '
		}
		return r
	}, s)
}
