package render_test

import (
	"os"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func Example() {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "kyiv-post", Name: "Kyiv Post", Type: "media"})
	g.AddActor(graph.Actor{ID: "ukraine", Name: "Ukraine", Type: "country"})
	g.AddActor(graph.Actor{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Type: "person", Affiliation: "ukraine"})
	g.AddTie("volodymyr-zelensky", "ukraine", 2, extract.Evidence{Text: "Zelensky addressed Ukraine."})
	g.AddTie("kyiv-post", "volodymyr-zelensky", 1, extract.Evidence{Text: "Zelensky told the Kyiv Post."})

	if err := (render.Config{}).DOT(os.Stdout, g); err != nil {
		panic(err)
	}
	// Output:
	// graph actors {
	// 	graph [layout="neato", charset="UTF-8", bgcolor="white", pad="0.3", outputorder="edgesfirst", fontname="Helvetica", fontsize="11", overlap="false", sep="+8", start="1", splines="true", labelloc="t", labeljust="l", label=<<table border="0" cellborder="0" cellspacing="3" cellpadding="1"><tr><td width="10" height="10" fixedsize="true" border="1" color="#E69F00" bgcolor="#F0C566"></td><td align="left">person</td><td width="12"></td><td width="10" height="10" fixedsize="true" border="1" color="#0072B2" bgcolor="#66AAD1"></td><td align="left">country</td><td width="12"></td><td width="10" height="10" fixedsize="true" border="1" color="#CC79A7" bgcolor="#E0AFCA"></td><td align="left">media</td></tr></table>>];
	// 	node [shape="circle", fixedsize="shape", style="filled", penwidth="1.5", fontname="Helvetica", fontsize="10", fontcolor="#1a1a1a"];
	// 	edge [color="#9a9a9a"];
	// 	n0 [label="Kyiv Post", width="0.55", color="#CC79A7", fillcolor="#E0AFCA", class="actor media", tooltip="Kyiv Post\ntype: media\nscore: 1"];
	// 	n1 [label="Ukraine", width="0.78", color="#0072B2", fillcolor="#66AAD1", class="actor country", tooltip="Ukraine\ntype: country\nscore: 2"];
	// 	n2 [label="Volodymyr Zelensky", width="0.95", color="#E69F00", fillcolor="#F0C566", class="actor person", tooltip="Volodymyr Zelensky\ntype: person\naffiliation: Ukraine\nscore: 3"];
	// 	n0 -- n2 [penwidth="3.30", tooltip="Kyiv Post – Volodymyr Zelensky\nweight: 1, count: 1\n“Zelensky told the Kyiv Post.”"];
	// 	n1 -- n2 [penwidth="6.00", tooltip="Ukraine – Volodymyr Zelensky\nweight: 2, count: 1\n“Zelensky addressed Ukraine.”"];
	// }
}
