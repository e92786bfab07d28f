// Command actorgraph-beam makes the actor graph of a corpus with Apache Beam: the graph
// actorgraph export -format nodelink makes of the same articles, on one machine or a
// cluster. By default it runs on Beam's own local runner (prism), with no setup:
//
//	go run ./cmd/actorgraph-beam -input DIR -output graph.json
//	actorgraph rank -in graph.json
//
// The same binary runs on Flink, Spark or Dataflow by Beam's flags:
//
//	-runner          prism (default), flink, spark, dataflow, or universal
//	-endpoint        the job service of a portable runner (Flink's, Spark's): host:port
//	-environment_type how workers run the Go code: DOCKER (the apache/beam_go_sdk image,
//	                 with this binary staged into it; the default), LOOPBACK (in this
//	                 process: a local cluster, for trying), or EXTERNAL
//
// for example, to a Flink cluster with Beam's Flink job server beside it
// (docker run --net=host apache/beam_flink${FLINK_VERSION}_job_server:2.77.0
// --flink-master=FLINK_HOST:8081):
//
//	actorgraph-beam -input 'gs://bucket/news/*.jsonl' -output gs://bucket/graph.json \
//		-runner flink -endpoint jobserver:8099 -environment_type DOCKER
//
// Inputs and outputs must then be where every worker can read and write them (gs://,
// s3://, or a shared disk).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/beam/pipeline"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	var o pipeline.Options
	flag.StringVar(&o.Input, "input", "", "articles: a directory (its *.txt, *.md, *.jsonl and *.csv files), a file, or a glob (gs://bucket/news/*.jsonl)")
	flag.StringVar(&o.Output, "output", "", "the node-link JSON file to write, which actorgraph rank -in reads")
	flag.StringVar(&o.Neo4j, "neo4j", "", "a directory to write neo4j-admin import CSV files of every layer in, as actorgraph export -format csv -layer all does")
	flag.IntVar(&o.Evidence, "evidence", graph.DefaultEvidenceLimit, "sentences of evidence kept a tie, interaction and affiliation, a sample of the whole corpus; 0 keeps all")
	flag.BoolVar(&o.TokenRules, "fast", false, "read interactions by token rules alone, without parsing (as actorgraph -fast)")
	flag.BoolVar(&o.SkipBad, "skip-bad", false, "log inputs and records that cannot be read and go on, instead of failing")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: actorgraph-beam -input DIR|FILE|GLOB -output OUT.json [-neo4j DIR] [-evidence N] [-fast] [-skip-bad] [-runner R -endpoint HOST:PORT -environment_type T ...]\n\nThe actor graph of a corpus on Apache Beam: prism (local, the default), Flink, Spark or Dataflow.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()
	if o.Input == "" || o.Output == "" && o.Neo4j == "" {
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, o); err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph-beam:", err)
		os.Exit(1)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph-beam:", err)
		os.Exit(1)
	}
}
