// Package svgtext reads the text an SVG shows, so that tests of the command line and the
// examples can check what a diagram says and that it is well-formed XML.
package svgtext

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
)

// Texts returns the character data of every <text> element of svg, in document order, or
// the first XML error.
func Texts(svg []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	inText := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return texts, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "text"
		case xml.EndElement:
			inText = false
		case xml.CharData:
			if inText {
				texts = append(texts, string(tok))
			}
		}
	}
}
