package graph_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// newsGraph is a small co-mention graph: who was named with whom, and how often.
func newsGraph() *graph.Graph {
	g := graph.New()
	for _, a := range []graph.Actor{
		{ID: "donald-trump", Name: "Donald Trump", Type: "person"},
		{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Type: "person"},
		{ID: "vladimir-putin", Name: "Vladimir Putin", Type: "person"},
		{ID: "marco-rubio", Name: "Marco Rubio", Type: "person"},
		{ID: "andriy-yermak", Name: "Andriy Yermak", Type: "person"},
		{ID: "geneva", Name: "Geneva", Type: "location"},
	} {
		g.AddActor(a)
	}
	g.AddTie("donald-trump", "volodymyr-zelensky", 3)
	g.AddTie("donald-trump", "vladimir-putin", 2)
	g.AddTie("donald-trump", "marco-rubio", 1)
	g.AddTie("marco-rubio", "andriy-yermak", 2.5)
	g.AddTie("marco-rubio", "geneva", 1)
	g.AddTie("andriy-yermak", "geneva", 1)
	return g
}

func ExamplePageRank() {
	for _, s := range graph.PageRank(newsGraph())[:3] {
		fmt.Printf("%-14s %.4f\n", s.Actor.Name, s.Value)
	}
	// Output:
	// Donald Trump   0.2702
	// Marco Rubio    0.2118
	// Andriy Yermak  0.1702
}

func ExampleBetweenness() {
	// Trump stands between Zelensky, Putin and the rest; Rubio between Trump's circle and
	// the Geneva talks. Weights are strengths: path-based measures walk the distance 1/weight.
	for _, s := range graph.Betweenness(newsGraph()) {
		fmt.Printf("%-18s %.2f\n", s.Actor.Name, s.Value)
	}
	// Output:
	// Donald Trump       0.70
	// Marco Rubio        0.60
	// Andriy Yermak      0.00
	// Geneva             0.00
	// Vladimir Putin     0.00
	// Volodymyr Zelensky 0.00
}

func ExampleMeasure_Compute() {
	g := newsGraph()
	for _, m := range graph.Measures() {
		top := m.Compute(g)[0]
		fmt.Printf("%-11s %-12s %.3f\n", m, top.Actor.Name, top.Value) // as NetworkX gives
	}
	// Output:
	// degree      Donald Trump 0.600
	// betweenness Donald Trump 0.700
	// closeness   Donald Trump 0.955
	// harmonic    Donald Trump 7.214
	// eigenvector Donald Trump 0.630
	// pagerank    Donald Trump 0.270
	// strength    Donald Trump 6.000
}

func ExampleParseMeasure() {
	m, err := graph.ParseMeasure("PageRank")
	fmt.Println(m, err)
	_, err = graph.ParseMeasure("katz")
	fmt.Println(err)
	// Output:
	// pagerank <nil>
	// graph: unknown measure "katz" (want one of degree, betweenness, closeness, harmonic, eigenvector, pagerank, strength)
}

func ExampleReadNodeLink() {
	// Node-link JSON as networkx.node_link_data writes it; ids may be numbers.
	const data = `{"directed": false, "multigraph": false, "graph": {},
	  "nodes": [{"id": 1, "label": "Kyiv"}, {"id": 2, "label": "Moscow"}, {"id": 3, "label": "Washington"}],
	  "links": [{"source": 1, "target": 3, "weight": 2}, {"source": 2, "target": 3}]}`
	g, err := graph.ReadNodeLink(strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range graph.Strength(g) {
		fmt.Println(s.Actor.ID, s.Actor.Name, s.Value)
	}
	_, err = graph.ReadNodeLink(strings.NewReader(`{"nodes": [{"id": 1}], "links": [{"source": 1, "target": 4}]}`))
	fmt.Println(err)
	// Output:
	// 3 Washington 3
	// 1 Kyiv 2
	// 2 Moscow 1
	// graph: read node-link: links[0]: unknown target node "4"
}

func ExampleWriteNodeLink() {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "ukraine", Name: "Ukraine", Type: "country"})
	g.AddActor(graph.Actor{ID: "russia", Name: "Russia", Type: "country"})
	g.AddTie("ukraine", "russia", 4)
	if err := graph.WriteNodeLink(os.Stdout, g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "directed": false,
	//   "multigraph": false,
	//   "graph": {},
	//   "nodes": [
	//     {"id":"russia","name":"Russia","type":"country","affiliation":"","roles":[],"aliases":[],"mentions":0},
	//     {"id":"ukraine","name":"Ukraine","type":"country","affiliation":"","roles":[],"aliases":[],"mentions":0}
	//   ],
	//   "edges": [
	//     {"source":"russia","target":"ukraine","weight":4,"count":1}
	//   ]
	// }
}
