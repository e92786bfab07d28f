package syntax

import (
	"bytes"
	_ "embed"
	"sync"
)

// defaultModelFile is the model trained on UD English EWT by cmd/actorgraph-train; see
// model/NOTICE.md for its licence and attribution.
//
//go:embed model/en_ewt.model
var defaultModelFile []byte

var defaultModel = sync.OnceValue(func() *Model {
	m, err := ReadModel(bytes.NewReader(defaultModelFile), "model/en_ewt.model")
	if err != nil {
		// The file is part of the package's source: it cannot be damaged without the build
		// being wrong.
		panic(err)
	}
	return m
})

// DefaultModel returns the model embedded in the package: a tagger and parser trained on UD
// English EWT (train, passes chosen on dev) by cmd/actorgraph-train. It is read once, on the
// first call, which takes about half a second; the model then holds 120 MB.
func DefaultModel() *Model { return defaultModel() }
