package chart_test

import (
	"bytes"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/svgtext"
	"github.com/actorgraph/actorgraph/render/chart"
)

func ExampleBar() {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "ana", Name: "Ana Ruiz", Type: "person"})
	g.AddActor(graph.Actor{ID: "ben", Name: "Ben Okafor", Type: "person"})
	g.AddActor(graph.Actor{ID: "eu", Name: "European Union", Type: "organization"})
	g.AddTie("ana", "ben", 3)
	g.AddTie("ana", "eu", 1)

	var svg bytes.Buffer
	opts := chart.Options{Title: "Who is at the centre", Measure: graph.MeasureStrength}
	if err := chart.Bar(&svg, graph.Strength(g), opts); err != nil {
		panic(err)
	}
	texts, _ := svgtext.Texts(svg.Bytes())
	// The title, the value axis, the names from the bottom bar up, the values at the ends of
	// the bars.
	fmt.Println(texts)
	// Output:
	// [Who is at the centre strength 0 2 4 European Union Ben Okafor Ana Ruiz 1 3 4]
}

func ExampleRanks() {
	points := []graph.RankPoint{
		{Date: "2025-11-03", Actor: "ana", Rank: 1},
		{Date: "2025-11-03", Actor: "eu", Rank: 2},
		{Date: "2025-11-10", Actor: "eu", Rank: 1},
		{Date: "2025-11-10", Actor: "ana", Rank: 2},
	}
	names := map[string]string{"ana": "Ana Ruiz", "eu": "European Union"}
	var svg bytes.Buffer
	if err := chart.Ranks(&svg, points, chart.Options{Names: names, Measure: graph.MeasurePageRank}); err != nil {
		panic(err)
	}
	texts, _ := svgtext.Texts(svg.Bytes())
	// The date axis, the rank axis, the legend.
	fmt.Println(texts)
	// Output:
	// [date 2025-11-03 2025-11-10 rank by pagerank 1 2 Ana Ruiz European Union]
}
