(function () {
"use strict";
var data = JSON.parse(document.getElementById("actorgraph-data").textContent);
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

document.getElementById("title").textContent = data.title || "Actor graph";

var cy = cytoscape({
  container: document.getElementById("cy"),
  elements: data.elements,
  minZoom: 0.1,
  maxZoom: 4,
  style: [
    { selector: "node", style: {
      "width": "data(size)", "height": "data(size)",
      "background-color": "data(tint)", "border-color": "data(color)", "border-width": 2,
      "label": "data(name)", "font-size": 12, "font-family": "Helvetica, Arial, sans-serif",
      "color": "#1a1a1a", "text-valign": "bottom", "text-margin-y": 3,
      "text-outline-color": "#ffffff", "text-outline-width": 2,
      "text-wrap": "ellipsis", "text-max-width": 180, "min-zoomed-font-size": 5 } },
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
  layout: { name: "cose", randomize: false, animate: false, fit: true, padding: 40,
    nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 90; },
    nodeOverlap: 20, gravity: 60, numIter: 1500 }
});

// Every table keyed by text from the graph (actor IDs, types, kinds, modalities) is a Map:
// in a plain object, keys such as "constructor" or "__proto__" find Object.prototype.
var byActor = new Map();
cy.nodes().forEach(function (n) { byActor.set(n.data("actor"), n); });
var layerNames = new Map([["comention", "Co-mention ties"], ["interaction", "Interactions"], ["affiliation", "Affiliations"]]);
function layerName(l) { return layerNames.get(l) || l; }
var typeOrder = ["person", "country", "organization", "media", "group", "location"];
var shown = { layer: new Map(), kind: new Map(), modality: new Map() };

function values(selector, key) {
  var seen = new Set();
  cy.edges(selector || undefined).forEach(function (e) {
    var v = e.data(key);
    (Array.isArray(v) ? v : [v]).forEach(function (x) { if (x) { seen.add(String(x)); } });
  });
  return Array.from(seen).sort();
}

function checkboxGroup(title, group, names, label) {
  if (names.length === 0) { return; }
  filters.appendChild(el("h3", title));
  names.forEach(function (name) {
    shown[group].set(name, true);
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () { shown[group].set(name, box.checked); applyFilters(); });
    var row = el("label");
    row.appendChild(box);
    row.appendChild(document.createTextNode(" " + (label ? label(name) : name)));
    filters.appendChild(row);
  });
}

function legend() {
  var types = new Map();
  cy.nodes().forEach(function (n) { types.set(String(n.data("type") || "unknown"), [n.data("color"), n.data("tint")]); });
  var names = Array.from(types.keys()).sort(function (a, b) {
    var i = typeOrder.indexOf(a), j = typeOrder.indexOf(b);
    return (i < 0 ? 99 : i) - (j < 0 ? 99 : j) || (a < b ? -1 : a > b ? 1 : 0);
  });
  if (names.length > 0) { filters.appendChild(el("h3", "Actor types")); }
  names.forEach(function (t) {
    var row = el("div");
    var sw = el("span", null, "swatch");
    sw.style.borderColor = types.get(t)[0];
    sw.style.background = types.get(t)[1];
    row.appendChild(sw);
    row.appendChild(document.createTextNode(t));
    filters.appendChild(row);
  });
  filters.appendChild(el("h3", "Interaction polarity"));
  [["#1B9E3E", "cooperation"], ["#D62728", "conflict"], ["#7F7F7F", "neutral"]].forEach(function (p) {
    var row = el("div");
    var st = el("span", null, "stroke");
    st.style.borderColor = p[0];
    row.appendChild(st);
    row.appendChild(document.createTextNode(p[1]));
    filters.appendChild(row);
  });
}

function applyFilters() {
  cy.batch(function () {
    cy.edges().forEach(function (e) {
      var ok = shown.layer.get(e.data("layer")) !== false;
      if (ok && e.data("layer") === "interaction") {
        ok = shown.kind.get(e.data("kind")) !== false &&
          (e.data("modality") || []).some(function (m) { return shown.modality.get(m) !== false; });
      }
      if (ok) { e.removeClass("hidden"); } else { e.addClass("hidden"); }
    });
  });
}

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
  if (d.affiliation) {
    var a = byActor.get(d.affiliation);
    row(dl, "Affiliation", a ? link(a.data("name"), a) : d.affiliation);
  }
  row(dl, "Aliases", d.aliases);
  row(dl, "Roles", d.roles);
  row(dl, "Mentions", d.mentions);
  row(dl, "Size score", num(d.score));
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
    var a = x.node.data("name"), b = y.node.data("name");
    var i = x.node.data("actor"), j = y.node.data("actor");
    return a < b ? -1 : a > b ? 1 : (i < j ? -1 : i > j ? 1 : 0);
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
  panel.appendChild(dl);
  var ev = d.evidence || [];
  panel.appendChild(el("h3", "Evidence (" + ev.length + ")"));
  var ol = el("ol");
  ev.forEach(function (x) {
    var li = el("li");
    li.appendChild(el("div", x.text));
    var where = [x.source, x.date, x.title].filter(function (s) { return s; }).join(" · ");
    if (where) { li.appendChild(el("div", where, "source")); }
    li.appendChild(el("div", x.doc + (x.sentence >= 0 ? ", sentence " + (x.sentence + 1) : ""), "doc"));
    ol.appendChild(li);
  });
  panel.appendChild(ol);
}

function focus(n) {
  cy.elements().unselect();
  n.select();
  showNode(n);
  cy.animate({ center: { eles: n }, duration: 250 });
}

cy.on("tap", "node", function (evt) { showNode(evt.target); });
cy.on("tap", "edge", function (evt) { showEdge(evt.target); });

var search = document.getElementById("search");
var count = document.getElementById("count");
function matches(q) {
  return cy.nodes().filter(function (n) {
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

legend();
checkboxGroup("Layers", "layer", values("", "layer"), layerName);
checkboxGroup("Interaction kinds", "kind", values("[layer = 'interaction']", "kind"));
checkboxGroup("Modalities", "modality", values("[layer = 'interaction']", "modality"));
if (cy.nodes().empty()) { panel.appendChild(el("p", "This graph has no actors.", "hint")); }
// A fragment names an actor to select on opening: explorer.html#vladimir-putin. One that is
// not percent-encoded UTF-8 (#%E0%A4%A) is taken as it is: decodeURIComponent throws on it.
if (location.hash.length > 1) {
  var fragment = location.hash.slice(1);
  try { fragment = decodeURIComponent(fragment); } catch (e) { /* not encoded: as typed */ }
  var start = byActor.get(fragment);
  if (start) { start.select(); showNode(start); }
}
// For tests and scripts: how many actors and ties were drawn, in the page's DOM.
document.body.setAttribute("data-drawn", cy.nodes().length + " actors, " + cy.edges().length + " ties");
})();
