(function () {
"use strict";
var data = JSON.parse(document.getElementById("actorgraph-data").textContent);
var docs = data.documents || [];
var texts = data.texts || [];
// The most evidence sentences the panel lists at once.
var evidenceShown = 200;
var panel = document.getElementById("panel");
var filters = document.getElementById("filters");

function el(tag, text, className) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  if (className) { e.className = className; }
  return e;
}
function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
function num(x) {
  if (typeof x === "string") { return x; }
  if (typeof x !== "number") { return ""; }
  return Math.abs(x) < 1e12 ? String(Math.round(x * 10000) / 10000) : String(x);
}
function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

document.getElementById("title").textContent = data.title || "Actor graph";

// cose lays the graph out from the positions in the data, not random ones, so the page
// looks the same every time it is opened.
function cose() {
  return { name: "cose", randomize: false, animate: false, fit: true, padding: 40,
    nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 90; },
    nodeOverlap: 20, gravity: 60, numIter: 1500 };
}

var cy = cytoscape({
  container: document.getElementById("cy"),
  elements: data.elements,
  minZoom: 0.05,
  maxZoom: 4,
  style: [
    { selector: "node[!cluster]", style: {
      "width": "data(size)", "height": "data(size)",
      "background-color": "data(tint)", "border-color": "data(color)", "border-width": 2,
      "font-size": 12, "font-family": "Helvetica, Arial, sans-serif",
      "color": "#1a1a1a", "text-valign": "bottom", "text-margin-y": 3,
      "text-outline-color": "#ffffff", "text-outline-width": 2,
      "text-wrap": "wrap", "text-max-width": 180, "min-zoomed-font-size": 5 } },
    // Labels only for the top actors, and for any actor hovered, selected or found: a
    // graph of hundreds of actors would otherwise be a pile of names.
    { selector: "node.labelled, node.hover, node:selected, node.match", style: { "label": "data(label)", "z-index": 10 } },
    { selector: "node.hover, node:selected, node.match", style: { "min-zoomed-font-size": 0 } },
    { selector: "node[?cluster]", style: {
      "shape": "round-rectangle", "background-color": "#f4f4f4", "background-opacity": 0.6,
      "border-color": "data(color)", "border-width": 1, "label": "data(label)",
      "text-valign": "top", "text-halign": "center", "text-margin-y": -4, "color": "#555555",
      "font-size": 11, "padding": 12 } },
    { selector: "edge", style: {
      "width": "data(width)", "line-color": "data(color)", "curve-style": "bezier", "opacity": 0.75 } },
    { selector: "edge[?directed]", style: {
      "target-arrow-shape": "triangle", "target-arrow-color": "data(color)", "arrow-scale": 1 } },
    { selector: "edge[line = 'dashed']", style: { "line-style": "dashed" } },
    { selector: "edge[line = 'dotted']", style: { "line-style": "dotted" } },
    { selector: ".hidden", style: { "display": "none" } },
    { selector: ".faded", style: { "opacity": 0.12 } },
    { selector: "node.match", style: { "border-width": 5, "border-color": "#111111", "font-weight": "bold" } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#111111", "overlay-opacity": 0 } },
    { selector: "edge:selected", style: { "opacity": 1, "overlay-color": "#111111", "overlay-opacity": 0.15 } }
  ],
  layout: { name: "preset" }
});


// The layout pulls along the spine of the graph: in a dense graph, each actor's heaviest
// ties (the data's "spine"), which keep who is close to whom where all ties would pull every
// actor into one heap; in a sparse one, every tie.
function layOut() {
  var shownNow = cy.elements().not(".hidden");
  var spine = shownNow.edges("[?spine]");
  var pull = spine.nonempty() ? shownNow.nodes().union(spine) : shownNow;
  pull.layout(cose()).run();
}
layOut();

// Every table keyed by text from the graph (actor IDs, types, kinds, modalities, outlets) is
// a Map: in a plain object, keys such as "constructor" or "__proto__" find Object.prototype.
var actors = cy.nodes("[!cluster]");
var clusters = cy.nodes("[?cluster]");
clusters.unselectify(); // a box is no actor: nothing to show or to put in the address
var byActor = new Map();
actors.forEach(function (n) { byActor.set(n.data("actor"), n); });
var layerNames = new Map([["comention", "Co-mention ties"], ["interaction", "Interactions"], ["affiliation", "Affiliations"]]);
function layerName(l) { return layerNames.get(l) || l; }
var shown = { layer: new Map(), kind: new Map(), modality: new Map(), outlet: new Map() };

// The filters' state. minWeight applies to co-mention ties; from and to ("" for open) and
// the outlets to the documents an edge comes from; top to the actors' ranks by size score.
var state = { minWeight: 0, from: "", to: "", top: actors.length, hideLone: true, allLabels: false };

function values(selector, key) {
  var seen = new Set();
  cy.edges(selector || undefined).forEach(function (e) {
    var v = e.data(key);
    (Array.isArray(v) ? v : [v]).forEach(function (x) { if (x) { seen.add(String(x)); } });
  });
  return Array.from(seen).sort();
}

// The dates and outlets of the documents, for the filters.
var dates = docs.map(function (d) { return d.date || ""; }).filter(function (d) { return d; }).sort();
var firstDate = dates.length ? dates[0].slice(0, 10) : "";
var lastDate = dates.length ? dates[dates.length - 1].slice(0, 10) : "";
var outletCount = new Map();
docs.forEach(function (d) { if (d.source) { outletCount.set(d.source, (outletCount.get(d.source) || 0) + 1); } });
var outlets = Array.from(outletCount.keys()).sort(function (a, b) { return outletCount.get(b) - outletCount.get(a) || compare(a, b); });
outlets.forEach(function (o) { shown.outlet.set(o, true); });

function dateActive() { return state.from !== "" || state.to !== ""; }
function outletActive() { return outlets.some(function (o) { return !shown.outlet.get(o); }); }

// inRange reports whether a document's date, YYYY-MM-DD or a month or year alone, meets the
// range, whose bounds are full dates: a month or year alone meets it if any of its days does.
function inRange(date) {
  if (!date) { return false; }
  var n = date.length;
  if (state.from !== "" && date < state.from.slice(0, n)) { return false; }
  if (state.to !== "" && date > state.to.slice(0, n)) { return false; }
  return true;
}

// fullDate returns a bound given as a month or a year alone as its first day (from) or its
// last (to): "2025-06" is 2025-06-01 to 2025-06-30, "2025" 2025-01-01 to 2025-12-31.
function fullDate(v, last) {
  if (v.length === 4) { return v + (last ? "-12-31" : "-01-01"); }
  if (v.length === 7) {
    if (!last) { return v + "-01"; }
    var days = new Date(Date.UTC(+v.slice(0, 4), +v.slice(5, 7), 0)).getUTCDate();
    return v + "-" + String(days);
  }
  return v;
}

// docShown reports whether the document numbered i passes the date and outlet filters. A
// document without a date (or an outlet) passes only when no date (or outlet) is chosen.
function docShown(i) {
  var d = docs[i];
  if (!d) { return false; }
  if (dateActive() && !inRange(d.date)) { return false; }
  if (outletActive() && !(d.source && shown.outlet.get(d.source))) { return false; }
  return true;
}

// edgeChosen reports whether e is of the layers, kinds and modalities chosen, between two
// actors within the top: what the drawing shows when no other filter is set.
function edgeChosen(e) {
  var layer = e.data("layer");
  if (shown.layer.get(layer) === false) { return false; }
  if (layer === "interaction") {
    if (shown.kind.get(e.data("kind")) === false) { return false; }
    if (!(e.data("modality") || []).some(function (m) { return shown.modality.get(m) !== false; })) { return false; }
  }
  return e.source().data("rank") < state.top && e.target().data("rank") < state.top;
}

// edgePasses reports whether a chosen edge passes the minimum weight, dates and outlets.
function edgePasses(e) {
  if (e.data("layer") === "comention" && !(e.data("weight") >= state.minWeight)) { return false; }
  if ((dateActive() || outletActive()) && !(e.data("docs") || []).some(docShown)) { return false; }
  return true;
}

var drawn = { actors: 0, ties: 0 };
function applyFilters() {
  cy.batch(function () {
    var lit = new Set(), chosen = new Set();
    var ties = 0;
    cy.edges().forEach(function (e) {
      var c = edgeChosen(e);
      if (c) { chosen.add(e.source().id()); chosen.add(e.target().id()); }
      if (c && edgePasses(e)) {
        e.removeClass("hidden");
        lit.add(e.source().id());
        lit.add(e.target().id());
        ties++;
      } else {
        e.addClass("hidden");
      }
    });
    // An actor goes when its rank is past top, or (with hideLone) when the weight, dates or
    // outlets chosen leave none of its ties: an actor whose ties are all in layers not shown,
    // or with actors past top, stays, as DOT draws it.
    var visible = [];
    actors.forEach(function (n) {
      var ok = n.data("rank") < state.top && (!state.hideLone || lit.has(n.id()) || !chosen.has(n.id()));
      if (ok) { n.removeClass("hidden"); visible.push(n); } else { n.addClass("hidden"); }
    });
    clusters.forEach(function (c) {
      if (c.children().some(function (n) { return !n.hasClass("hidden"); })) { c.removeClass("hidden"); } else { c.addClass("hidden"); }
    });
    drawn = { actors: visible.length, ties: ties };
  });
  chooseLabels();
  var text = drawn.actors + " of " + actors.length + " actors, " + drawn.ties + " of " + cy.edges().length + " ties shown";
  document.getElementById("shown").textContent = text;
  // For tests and scripts: how many actors and ties are drawn, in the page's DOM.
  document.body.setAttribute("data-drawn", drawn.actors + " actors, " + drawn.ties + " ties");
  document.body.setAttribute("data-labelled", String(actors.filter(".labelled").length));
  var sel = cy.$(":selected");
  if (sel.nonempty() && sel[0].isEdge()) { showEdge(sel[0]); }
  writeFragment();
}

// chooseLabels labels the highest-ranked actors shown, up to data.labels of them, skipping
// any whose label would cover one already chosen: the others show theirs on hover. Labels
// scale with the drawing, so what overlaps does not change with the zoom. With "Label every
// actor" ticked, every actor shown is labelled.
function chooseLabels() {
  var visible = actors.filter(function (n) { return !n.hasClass("hidden"); }).toArray();
  visible.sort(function (a, b) { return a.data("rank") - b.data("rank"); });
  var boxes = [];
  cy.batch(function () {
    actors.removeClass("labelled");
    for (var i = 0; i < visible.length && (state.allLabels || boxes.length < data.labels); i++) {
      var n = visible[i];
      var lines = String(n.data("label") || "").split("\n");
      var w = 7 * Math.max.apply(null, lines.map(function (l) { return l.length; }));
      var p = n.position(), r = n.data("size") / 2;
      var box = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r, y2: p.y + r + 4 + 15 * lines.length };
      if (!state.allLabels && boxes.some(function (b) { return b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2; })) { continue; }
      boxes.push(box);
      n.addClass("labelled");
    }
  });
}

// ---- The filters' controls.

function section(title) {
  var box = el("div", null, "filter");
  box.appendChild(el("h3", title));
  filters.appendChild(box);
  return box;
}

function slider(box, id, max, value, show, onInput) {
  var input = el("input");
  input.type = "range";
  input.id = id;
  input.min = "0";
  input.max = String(max);
  input.step = "1";
  input.value = String(value);
  var out = el("span", show(value), "value");
  input.addEventListener("input", function () { out.textContent = show(+input.value); onInput(+input.value); applyFilters(); });
  var row = el("div", null, "slider");
  row.appendChild(input);
  row.appendChild(out);
  box.appendChild(row);
  return { input: input, out: out, set: function (v) { input.value = String(v); out.textContent = show(v); } };
}

function checkbox(box, text, checked, onChange) {
  var input = el("input");
  input.type = "checkbox";
  input.checked = checked;
  input.addEventListener("change", function () { onChange(input.checked); applyFilters(); });
  var row = el("label");
  row.appendChild(input);
  row.appendChild(document.createTextNode(" " + text));
  box.appendChild(row);
  return input;
}

var controls = Object.create(null); // fixed keys, none from the graph

// The minimum weight of co-mention ties, over the weights there are, so that a few heavy
// ties do not leave the slider's first millimetre all that matters.
var weights = Array.from(new Set(cy.edges("[layer = 'comention']").map(function (e) { return e.data("weight"); }))).sort(function (a, b) { return a - b; });
if (weights.length > 1) {
  var wbox = section("Co-mention weight");
  controls.weight = slider(wbox, "min-weight", weights.length - 1, 0,
    function (i) { return "\u2265 " + num(weights[i]); },
    function (i) { state.minWeight = i === 0 ? 0 : weights[i]; });
}

if (actors.length > 1) {
  var tbox = section("Top actors by size");
  controls.top = slider(tbox, "top", actors.length - 1, actors.length - 1,
    function (i) { return (i + 1) + " of " + actors.length; },
    function (i) { state.top = i + 1; });
}

if (dates.length > 0) {
  var dbox = section("Dates");
  var dateInput = function (text, key) {
    var input = el("input");
    input.type = "date";
    input.id = key;
    if (firstDate.length === 10) { input.min = firstDate; }
    if (lastDate.length === 10) { input.max = lastDate; }
    input.addEventListener("change", function () { state[key] = input.value; applyFilters(); });
    var row = el("label", text, "date");
    row.appendChild(input);
    dbox.appendChild(row);
    return input;
  };
  controls.from = dateInput("from ", "from");
  controls.to = dateInput("to ", "to");
  dbox.appendChild(el("div", firstDate + " to " + lastDate + " in the documents", "hint"));
}

if (outlets.length > 0) {
  var obox = section("Outlets");
  var list = el("div", null, "outlets");
  obox.appendChild(list);
  controls.outlets = new Map();
  outlets.forEach(function (o) {
    controls.outlets.set(o, checkbox(list, o + " (" + outletCount.get(o) + ")", true, function (on) { shown.outlet.set(o, on); }));
  });
  var all = el("button", "all", "small");
  all.type = "button";
  all.addEventListener("click", function () { outlets.forEach(function (o) { shown.outlet.set(o, true); controls.outlets.get(o).checked = true; }); applyFilters(); });
  var none = el("button", "none", "small");
  none.type = "button";
  none.addEventListener("click", function () { outlets.forEach(function (o) { shown.outlet.set(o, false); controls.outlets.get(o).checked = false; }); applyFilters(); });
  obox.appendChild(all);
  obox.appendChild(none);
}

var vbox = section("View");
controls.hideLone = checkbox(vbox, "Hide actors whose ties are all filtered out", true, function (on) { state.hideLone = on; });
controls.allLabels = checkbox(vbox, "Label every actor (else the top " + data.labels + ")", false, function (on) { state.allLabels = on; });
var relayout = el("button", "Lay out what is shown", "small");
relayout.type = "button";
relayout.addEventListener("click", function () { layOut(); chooseLabels(); });
vbox.appendChild(relayout);

function checkboxGroup(title, group, names, label) {
  if (names.length === 0) { return; }
  var box = section(title);
  var hidden = new Set(group === "layer" ? data.hidden || [] : []);
  controls[group] = new Map();
  names.forEach(function (name) {
    shown[group].set(name, !hidden.has(name));
    controls[group].set(name, checkbox(box, label ? label(name) : name, !hidden.has(name), function (on) { shown[group].set(name, on); }));
  });
}

function legend() {
  var box = section(clusters.nonempty() || actors.some(function (n) { return n.data("group"); }) ? "Groups" : "Actor types");
  (data.legend || []).forEach(function (k) {
    var row = el("div");
    var sw = el("span", null, "swatch");
    sw.style.borderColor = k.color;
    sw.style.background = k.tint;
    row.appendChild(sw);
    row.appendChild(document.createTextNode(k.text));
    box.appendChild(row);
  });
  if (cy.edges("[layer = 'interaction']").empty()) { return; }
  var abox = section("Interactions");
  (data.arrows || []).forEach(function (k) {
    var row = el("div", k.text);
    row.style.color = k.color;
    abox.appendChild(row);
  });
}

// ---- The panel.

function nodeName(id) {
  var n = cy.getElementById(id);
  return n.nonempty() ? n.data("name") : id;
}

function link(text, target) {
  var b = el("button", text);
  b.type = "button";
  b.addEventListener("click", function () { focus(target); });
  return b;
}

function row(dl, term, value) {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) { return; }
  dl.appendChild(el("dt", term));
  var dd = el("dd");
  if (value instanceof Node) { dd.appendChild(value); }
  else if (Array.isArray(value)) { dd.textContent = value.join("; "); }
  else { dd.textContent = String(value); }
  dl.appendChild(dd);
}

function showNode(n) {
  var d = n.data();
  clear(panel);
  panel.appendChild(el("h2", d.name));
  var dl = el("dl");
  row(dl, "ID", d.actor);
  row(dl, "Type", d.type || "unknown");
  row(dl, "Group", d.group);
  if (d.affiliation) {
    var a = byActor.get(d.affiliation);
    row(dl, "Affiliation", a ? link(a.data("name"), a) : d.affiliation);
  }
  row(dl, "Aliases", d.aliases);
  row(dl, "Roles", d.roles);
  row(dl, "Mentions", d.mentions);
  row(dl, "Size score", num(d.score));
  row(dl, "Rank", d.rank + 1);
  row(dl, "Degree", num(d.degree));
  row(dl, "PageRank", num(d.pagerank));
  row(dl, "Betweenness", num(d.betweenness));
  panel.appendChild(dl);
  var byNeighbour = new Map();
  n.connectedEdges().forEach(function (e) {
    var other = e.source().id() === d.id ? e.target() : e.source();
    var entry = byNeighbour.get(other.id());
    if (!entry) { entry = { node: other, what: [] }; byNeighbour.set(other.id(), entry); }
    entry.what.push(e.data("layer") === "comention" ? "co-mention " + num(e.data("weight")) :
      (e.source().id() === d.id ? "\u2192 " : "\u2190 ") + (e.data("kind") || e.data("layer")));
  });
  var entries = Array.from(byNeighbour.values()).sort(function (x, y) {
    return compare(x.node.data("name"), y.node.data("name")) || compare(x.node.data("actor"), y.node.data("actor"));
  });
  panel.appendChild(el("h3", "Neighbours (" + entries.length + ")"));
  var ul = el("ul");
  entries.forEach(function (entry) {
    var li = el("li");
    li.appendChild(link(entry.node.data("name"), entry.node));
    li.appendChild(el("div", entry.what.join(", "), "doc"));
    ul.appendChild(li);
  });
  panel.appendChild(ul);
}

function showEdge(e) {
  var d = e.data();
  clear(panel);
  var arrow = d.directed ? " \u2192 " : " \u2014 ";
  panel.appendChild(el("h2", nodeName(d.source) + arrow + nodeName(d.target)));
  var dl = el("dl");
  row(dl, "Layer", layerName(d.layer));
  row(dl, "Kind", d.kind);
  row(dl, "Role", d.role);
  row(dl, "Weight", num(d.weight));
  row(dl, "Count", d.count);
  if (typeof d.polarity === "number") { row(dl, "Polarity", d.polarity > 0 ? "cooperation" : d.polarity < 0 ? "conflict" : "neutral"); }
  row(dl, "Modality", d.modality);
  if (typeof d.goldstein === "number") { row(dl, "Goldstein", num(d.goldstein)); }
  row(dl, "CAMEO", d.cameo);
  row(dl, "Documents", (d.docs || []).length);
  panel.appendChild(dl);
  // Evidence is [document, sentence, text] by index into data.documents and data.texts.
  var ev = d.evidence || [];
  var filtered = dateActive() || outletActive();
  var list = filtered ? ev.filter(function (x) { return docShown(x[0]); }) : ev;
  var head = "Evidence (" + ev.length + ")";
  if (filtered) { head = "Evidence from the dates and outlets chosen (" + list.length + " of " + ev.length + ")"; }
  panel.appendChild(el("h3", head));
  var ol = el("ol");
  list.slice(0, evidenceShown).forEach(function (x) {
    var doc = docs[x[0]] || {};
    var li = el("li");
    li.appendChild(el("div", texts[x[2]]));
    var where = [doc.source, doc.date, doc.title].filter(function (s) { return s; }).join(" \u00b7 ");
    if (where) { li.appendChild(el("div", where, "source")); }
    li.appendChild(el("div", (doc.id || "") + (x[1] >= 0 ? ", sentence " + (x[1] + 1) : ""), "doc"));
    ol.appendChild(li);
  });
  if (list.length > evidenceShown) { ol.appendChild(el("li", "\u2026 and " + (list.length - evidenceShown) + " more: narrow the dates or outlets", "hint")); }
  panel.appendChild(ol);
}

function focus(n) {
  cy.elements().unselect();
  n.select();
  showNode(n);
  cy.animate({ center: { eles: n }, duration: 250 });
}

cy.on("tap", "node[!cluster]", function (evt) { showNode(evt.target); writeFragment(); });
cy.on("tap", "edge", function (evt) { showEdge(evt.target); writeFragment(); });
cy.on("mouseover", "node[!cluster]", function (evt) { evt.target.addClass("hover"); });
cy.on("mouseout", "node", function (evt) { evt.target.removeClass("hover"); });

var search = document.getElementById("search");
var count = document.getElementById("count");
function matches(q) {
  return actors.filter(function (n) {
    if (n.hasClass("hidden")) { return false; }
    if (n.data("name").toLowerCase().indexOf(q) >= 0) { return true; }
    return (n.data("aliases") || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
  });
}
search.addEventListener("input", function () {
  var q = search.value.trim().toLowerCase();
  cy.batch(function () {
    cy.elements().removeClass("match faded");
    if (q === "") { count.textContent = ""; return; }
    var m = matches(q);
    count.textContent = m.length + (m.length === 1 ? " actor" : " actors");
    m.addClass("match");
    cy.elements().not(m).not(m.edgesWith(m)).addClass("faded");
  });
});
search.addEventListener("keydown", function (evt) {
  if (evt.key !== "Enter") { return; }
  var q = search.value.trim().toLowerCase();
  var m = q === "" ? cy.collection() : matches(q);
  if (m.nonempty()) { focus(m[0]); }
});

// ---- The fragment: the view in the page's address, to bookmark or share.
//
//   #ukraine                                  selects the actor with that ID
//   #actor=ukraine&minweight=2&top=30         the same, with filters
//   #tie=e12&from=2025-11-01&to=2025-11-30&outlet=Reuters&outlet=AP
//   #layers=comention,interaction&labels=all&lone=show
//
// minweight is a co-mention weight, top a number of actors, from and to dates (YYYY-MM-DD),
// outlet one outlet to keep (repeated for more), layers the layers shown.

var fragmentKeys = new Set(["actor", "tie", "minweight", "top", "from", "to", "outlet", "layers", "labels", "lone"]);
var reading = true;

function parseFragment(h) {
  var parts = h.split("&");
  var params = [];
  for (var i = 0; i < parts.length; i++) {
    var eq = parts[i].indexOf("=");
    if (eq <= 0 || !fragmentKeys.has(parts[i].slice(0, eq))) { return null; }
    var v = parts[i].slice(eq + 1);
    try { v = decodeURIComponent(v.replace(/\+/g, " ")); } catch (e) { /* not encoded: as typed */ }
    params.push([parts[i].slice(0, eq), v]);
  }
  return params;
}

function readFragment() {
  if (location.hash.length <= 1) { return; }
  var h = location.hash.slice(1);
  var params = parseFragment(h);
  if (params === null) {
    // A fragment names an actor to select on opening: explorer.html#vladimir-putin. One that
    // is not percent-encoded UTF-8 (#%E0%A4%A) is taken as it is: decodeURIComponent throws.
    try { h = decodeURIComponent(h); } catch (e) { /* as typed */ }
    params = [["actor", h]];
  }
  var keepOutlets = null;
  params.forEach(function (p) {
    var k = p[0], v = p[1];
    if (k === "minweight" && isFinite(+v) && v !== "") {
      var i = weights.findIndex(function (w) { return w >= +v; });
      if (i < 0) { i = weights.length - 1; }
      state.minWeight = +v;
      if (controls.weight) { controls.weight.set(Math.max(i, 0)); controls.weight.out.textContent = "\u2265 " + num(+v); }
    } else if (k === "top" && +v >= 1) {
      state.top = Math.min(Math.floor(+v), actors.length);
      if (controls.top) { controls.top.set(state.top - 1); }
    } else if ((k === "from" || k === "to") && /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(v)) {
      state[k] = fullDate(v, k === "to");
      if (controls[k]) { controls[k].value = state[k]; }
    } else if (k === "outlet") {
      keepOutlets = keepOutlets || new Set();
      keepOutlets.add(v);
    } else if (k === "layers") {
      var on = new Set(v.split(","));
      shown.layer.forEach(function (_, l) {
        shown.layer.set(l, on.has(l));
        if (controls.layer) { controls.layer.get(l).checked = on.has(l); }
      });
    } else if (k === "labels") {
      state.allLabels = v === "all";
      controls.allLabels.checked = state.allLabels;
    } else if (k === "lone") {
      state.hideLone = v !== "show";
      controls.hideLone.checked = state.hideLone;
    }
  });
  if (keepOutlets) {
    outlets.forEach(function (o) {
      shown.outlet.set(o, keepOutlets.has(o));
      if (controls.outlets) { controls.outlets.get(o).checked = keepOutlets.has(o); }
    });
  }
  params.forEach(function (p) {
    if (p[0] === "actor") {
      var start = byActor.get(p[1]);
      if (start) { cy.elements().unselect(); start.select(); showNode(start); }
    } else if (p[0] === "tie") {
      var e = cy.getElementById(p[1]);
      if (e.nonempty() && e.isEdge()) { cy.elements().unselect(); e.select(); showEdge(e); }
    }
  });
}

function writeFragment() {
  if (reading) { return; }
  var params = [];
  var sel = cy.$(":selected").not("[?cluster]");
  if (sel.nonempty()) { params.push(sel[0].isEdge() ? "tie=" + encodeURIComponent(sel[0].id()) : "actor=" + encodeURIComponent(sel[0].data("actor"))); }
  if (state.minWeight > 0) { params.push("minweight=" + state.minWeight); }
  if (state.top < actors.length) { params.push("top=" + state.top); }
  if (state.from) { params.push("from=" + state.from); }
  if (state.to) { params.push("to=" + state.to); }
  if (outletActive()) { outlets.forEach(function (o) { if (shown.outlet.get(o)) { params.push("outlet=" + encodeURIComponent(o)); } }); }
  var layers = [];
  var allLayers = true;
  shown.layer.forEach(function (on, l) { if (on) { layers.push(l); } else { allLayers = false; } });
  var hiddenAtFirst = (data.hidden || []).some(function (l) { return shown.layer.has(l); });
  if (!allLayers || hiddenAtFirst) { params.push("layers=" + layers.map(encodeURIComponent).join(",")); }
  if (state.allLabels) { params.push("labels=all"); }
  if (!state.hideLone) { params.push("lone=show"); }
  // A page in a sandboxed frame (a notebook's srcdoc) may not touch its history: then the
  // view is simply not bookmarkable.
  try { history.replaceState(null, "", params.length ? "#" + params.join("&") : location.pathname + location.search); } catch (e) { /* no history */ }
}

legend();
checkboxGroup("Layers", "layer", values("", "layer"), layerName);
checkboxGroup("Interaction kinds", "kind", values("[layer = 'interaction']", "kind"));
checkboxGroup("Modalities", "modality", values("[layer = 'interaction']", "modality"));
if (data.note) { filters.appendChild(el("p", data.note, "hint")); }
if (actors.empty()) { panel.appendChild(el("p", "This graph has no actors.", "hint")); }
readFragment();
applyFilters();
reading = false;
// The page may have been laid out before its frame had its size (a notebook's iframe): fit
// the drawing to the space it has, now and whenever the window changes.
function refit() { cy.resize(); cy.fit(cy.elements().not(".hidden"), 40); }
refit();
window.addEventListener("resize", refit);
})();
