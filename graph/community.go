package graph

import (
	"math/rand/v2"
	"slices"
)

// Partition is a division of the actors into communities.
type Partition struct {
	// Communities holds actor IDs: each community sorted, the communities largest first,
	// ties by their first ID.
	Communities [][]string
	// Modularity is Newman's Q of the partition at the resolution it was found with.
	Modularity float64
}

// CommunityOf returns the index in Communities of the community that holds actor id, or -1.
func (p Partition) CommunityOf(id string) int {
	for i, c := range p.Communities {
		if _, ok := slices.BinarySearch(c, id); ok {
			return i
		}
	}
	return -1
}

// Louvain divides the co-mention layer into communities by the Louvain method (Blondel et
// al., Fast unfolding of communities in large networks, J. Stat. Mech. 2008), maximising
// modularity at the given resolution (1 is Newman's modularity). Tie weights are
// strengths, all positive: the signed interaction layer never reaches it. src seeds the
// order in which nodes are visited; the same graph and seed give the same partition,
// whatever order the graph was built in and whatever GOMAXPROCS is. Isolated actors are
// communities of one. It runs on flat arrays over the graph's compressed rows, about
// O(m log n) time.
func Louvain(g *Graph, resolution float64, src rand.Source) Partition {
	c := newCSR(g)
	if len(c.actor) == 0 {
		return Partition{}
	}
	return partitionOf(g, c, louvain(c, resolution, rand.New(src)), resolution)
}
