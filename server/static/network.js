// Draws every network on a page with vis-network (served by Tiru itself, no CDN).
// Data arrives as JSON in <script type="application/json">; every label and tooltip is put in
// the page as text (textContent), never as HTML, because labels come from news articles.
"use strict";
(function () {
  if (typeof vis === "undefined") return;

  function safeHref(url) {
    if (typeof url !== "string") return null;
    if (url.startsWith("/") && !url.startsWith("//")) return url;
    if (/^https?:\/\//i.test(url)) return url;
    return null;
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function linkList(title, urls) {
    const box = el("div");
    if (!urls || !urls.length) return box;
    box.appendChild(el("strong", title + ": "));
    urls.forEach(function (u, i) {
      const href = safeHref(u);
      if (!href) return;
      const a = el("a", u.replace(/^https?:\/\//, "").slice(0, 60));
      a.href = href;
      a.rel = "noopener noreferrer nofollow";
      box.appendChild(a);
      if (i < urls.length - 1) box.appendChild(document.createTextNode(", "));
    });
    return box;
  }

  function nodeTooltip(n) {
    const box = el("div", null, "tiru-tooltip");
    box.appendChild(el("strong", n.label));
    if (n.code) box.appendChild(el("div", "code " + n.code));
    if (n.measure) box.appendChild(el("div", n.measure + " " + Number(n.measure_value).toPrecision(3)));
    if (n.href) box.appendChild(el("div", "click to open its page", "hint"));
    return box;
  }

  function edgeTooltip(e) {
    const box = el("div", null, "tiru-tooltip");
    box.appendChild(el("strong", (e.visits || 1) + " visit(s), learner → model"));
    if (e.dates && e.dates.length) box.appendChild(el("div", "dates: " + e.dates.join(", ")));
    if (e.programs && e.programs.length) box.appendChild(el("div", "programs: " + e.programs.join(", ")));
    box.appendChild(linkList("sources", e.sources));
    return box;
  }

  function showDetails(panel, item, isEdge) {
    if (!panel) return;
    panel.replaceChildren(isEdge ? edgeTooltip(item) : nodeTooltip(item));
  }

  function draw(container) {
    const source = document.getElementById(container.dataset.source);
    if (!source) return null;
    const data = JSON.parse(source.textContent);
    if (!data || !data.nodes) return null;
    const nodes = data.nodes.map(function (n) {
      const copy = Object.assign({}, n);
      copy.label = String(n.label === undefined ? n.id : n.label);
      copy.title = nodeTooltip(n);
      if (n.center) { copy.color = "#c0392b"; copy.size = 18; }
      if (!copy.shape) copy.shape = "dot";
      return copy;
    });
    const edges = data.edges.map(function (e, i) {
      const copy = Object.assign({}, e);
      copy.id = "e" + i;
      copy.title = edgeTooltip(e);
      if (!copy.width) copy.width = 1 + 2 * Math.log2(e.visits || 1);
      delete copy.label;
      return copy;
    });
    const options = data.options || {
      physics: { stabilization: { iterations: 200 }, minVelocity: 1 },
      edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } } },
      interaction: { hover: true },
    };
    const nodeSet = new vis.DataSet(nodes);
    const edgeSet = new vis.DataSet(edges);
    const network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, options);
    const panel = document.getElementById(container.dataset.details || "");
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(edges.length);
    // Stop the physics once the layout has settled: the picture stays still and cheap.
    function settle() {
      network.setOptions({ physics: false });
      container.dataset.stabilized = "true";
    }
    network.once("stabilizationIterationsDone", settle);
    if (!nodes.length) settle();
    network.on("click", function (params) {
      if (params.nodes.length) {
        const n = nodeSet.get(params.nodes[0]);
        const href = safeHref(n.href);
        if (href) window.location.href = href;
      } else if (params.edges.length) {
        showDetails(panel, edgeSet.get(params.edges[0]), true);
      }
    });
    return { network: network, nodes: nodeSet, edges: edgeSet };
  }

  window.tiruNetworks = [];
  document.querySelectorAll("[data-source].network").forEach(function (c) {
    const drawn = draw(c);
    if (drawn) window.tiruNetworks.push(drawn);
  });
  window.tiruSafeHref = safeHref;
  window.tiruEl = el;
})();
