package render

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// CommunityGroups returns groups for Config.Groups from a partition, such as graph.Louvain
// finds: the actors of the i-th community, counting from 1, are in group "community i".
func CommunityGroups(p graph.Partition) map[string]string {
	groups := make(map[string]string)
	for i, c := range p.Communities {
		for _, id := range c {
			groups[id] = fmt.Sprintf("community %d", i+1)
		}
	}
	return groups
}

// AffiliationGroups returns groups for Config.Groups by affiliation: an actor affiliated to
// another (a minister to a country, a spokesman to a party) is in the group named after that
// one, and so is every actor that others are affiliated to. Clustered, it draws each country
// with its people. Actors with no affiliation, to whom no one is affiliated, are in no group.
func AffiliationGroups(g *graph.Graph) map[string]string {
	actors := g.Actors()
	names := make(map[string]string, len(actors))
	for _, a := range actors {
		names[a.ID] = label(a)
	}
	groups := make(map[string]string)
	for _, a := range actors {
		if a.Affiliation == "" || a.Affiliation == a.ID || a.AffiliationInferred { // a guess draws no box
			continue
		}
		name := cmp.Or(names[a.Affiliation], slugName(a.Affiliation))
		groups[a.ID] = name
		if _, ok := names[a.Affiliation]; ok {
			if _, set := groups[a.Affiliation]; !set {
				groups[a.Affiliation] = name
			}
		}
	}
	return groups
}

// groupPalette is the number of groups that get a colour of typeStyles; the others are grey.
const groupPalette = 6

// planGroups sets d.groups and d.group from groups: the groups of the actors drawn, largest
// first, ties by name. A name with nothing to show (empty, white space) is no group.
func (d *drawing) planGroups(groups map[string]string) {
	if groups == nil {
		return
	}
	size := make(map[string]int)
	for _, a := range d.actors {
		if name := clean(groups[a.ID]); name != "" {
			size[name]++
		}
	}
	d.groups = make([]string, 0, len(size))
	for name := range size {
		d.groups = append(d.groups, name)
	}
	slices.SortFunc(d.groups, func(x, y string) int {
		return cmp.Or(cmp.Compare(size[y], size[x]), cmp.Compare(x, y))
	})
	d.group = make([]int, len(d.actors))
	for i, a := range d.actors {
		d.group[i] = -1
		if name := clean(groups[a.ID]); name != "" {
			d.group[i], _ = slices.BinarySearchFunc(d.groups, name, func(x, y string) int {
				return cmp.Or(cmp.Compare(size[y], size[x]), cmp.Compare(x, y))
			})
		}
	}
}

// style returns the colours of the i-th actor drawn: by group if there are groups, else by type.
func (d *drawing) style(i int) (color, tint string) {
	if d.groups == nil {
		s := typeStyles[typeIndex(d.actors[i].Type)]
		return s.Color, s.Tint
	}
	return groupStyle(d.group[i])
}

// groupStyle returns the colours of the k-th largest group: the palette's for the first
// groupPalette groups, grey for the others and for no group (k < 0).
func groupStyle(k int) (color, tint string) {
	s := typeStyles[len(typeStyles)-1]
	if k >= 0 && k < groupPalette {
		s = typeStyles[k]
	}
	return s.Color, s.Tint
}

// slugName names an actor that is not in the graph after its ID, as IDs are slugs of names:
// "united-states" is "United States".
func slugName(id string) string {
	words := strings.Fields(strings.ReplaceAll(clean(id), "-", " "))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return truncate(strings.Join(words, " "), labelRunes)
}
