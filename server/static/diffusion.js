// Replays a program's diffusion month by month: nodes appear with their first event, adopters
// turn green from their adoption month, visits appear as arrows learner -> model.
// The layout is computed once with everything present, so nothing jumps while replaying.
"use strict";
(function () {
  const source = document.getElementById("diffusion-data");
  const container = document.getElementById("diffusion");
  if (!source || !container || typeof vis === "undefined") return;
  const data = JSON.parse(source.textContent);
  const el = window.tiruEl;
  const safeHref = window.tiruSafeHref;

  function month(date) { return date ? date.slice(0, 7) : null; }
  function nextMonth(m) {
    let y = parseInt(m.slice(0, 4), 10), mo = parseInt(m.slice(5, 7), 10) + 1;
    if (mo > 12) { mo = 1; y += 1; }
    return y + "-" + String(mo).padStart(2, "0");
  }

  const nodes = new Map();   // iri -> {id, label, href, first, adopted}
  function touch(region, m) {
    let n = nodes.get(region.iri);
    if (!n) { n = { id: region.iri, label: region.label, href: region.href, first: m, adopted: null }; nodes.set(region.iri, n); }
    if (m < n.first) n.first = m;
    return n;
  }
  const edges = [];
  const log = [];
  data.visits.forEach(function (v, i) {
    const m = month(v.date);
    v.visitors.forEach(function (a) {
      v.hosts.forEach(function (b) {
        touch(a, m); touch(b, m);
        edges.push({ id: "v" + i + a.iri + b.iri, from: a.iri, to: b.iri, month: m, arrows: "to" });
      });
    });
    log.push({ month: m, text: v.date + ": " + v.visitors.map(function (r) { return r.label; }).join(", ") +
      " visited " + v.hosts.map(function (r) { return r.label; }).join(", "), href: v.href });
  });
  data.adoptions.forEach(function (a) {
    const m = month(a.date);
    const n = touch(a.region, m);
    if (!n.adopted || m < n.adopted) n.adopted = m;
    log.push({ month: m, text: a.date + ": " + a.region.label + " " + (a.status || "adopted"), href: a.href });
  });
  log.sort(function (x, y) { return x.month < y.month ? -1 : x.month > y.month ? 1 : 0; });

  const months = [];
  if (log.length) {
    let m = log[0].month;
    const last = log[log.length - 1].month;
    while (m <= last) { months.push(m); m = nextMonth(m); }
  }
  const nodeSet = new vis.DataSet(Array.from(nodes.values()).map(function (n) {
    const tip = el("div", n.label);
    return { id: n.id, label: n.label, title: tip, shape: "dot", size: 12, color: "#bbbbbb", hidden: true };
  }));
  const edgeSet = new vis.DataSet(edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, arrows: "to", hidden: true };
  }));
  const network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, {
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: { stabilization: { iterations: 300 }, minVelocity: 1 },
    interaction: { hover: true },
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    container.dataset.stabilized = "true";
  });
  network.on("click", function (p) {
    if (p.nodes.length) {
      const href = safeHref(nodes.get(p.nodes[0]).href);
      if (href) window.location.href = href;
    }
  });

  const slider = document.getElementById("month");
  const label = document.getElementById("month-label");
  const list = document.getElementById("event-log");
  slider.max = String(Math.max(0, months.length - 1));
  slider.value = slider.max;

  function show(index) {
    const m = months[index];
    if (!m) { label.textContent = "no dated events"; return; }
    label.textContent = m;
    nodeSet.update(Array.from(nodes.values()).map(function (n) {
      const adopted = n.adopted && n.adopted <= m;
      return { id: n.id, hidden: n.first > m, color: adopted ? "#009E73" : "#bbbbbb", size: adopted ? 18 : 12 };
    }));
    edgeSet.update(edges.map(function (e) { return { id: e.id, hidden: e.month > m }; }));
    list.replaceChildren();
    log.filter(function (x) { return x.month <= m; }).forEach(function (x) {
      const li = el("li");
      const href = safeHref(x.href);
      const a = el(href ? "a" : "span", x.text);
      if (href) a.href = href;
      li.appendChild(a);
      list.appendChild(li);
    });
    container.dataset.month = m;
    container.dataset.visible = String(nodeSet.get({ filter: function (n) { return !n.hidden; } }).length);
  }
  slider.addEventListener("input", function () { show(parseInt(slider.value, 10)); });
  let timer = null;
  document.getElementById("play").addEventListener("click", function (ev) {
    if (timer) { clearInterval(timer); timer = null; ev.target.textContent = "▶ play"; return; }
    let i = 0;
    ev.target.textContent = "❚❚ pause";
    timer = setInterval(function () {
      slider.value = String(i); show(i); i += 1;
      if (i >= months.length) { clearInterval(timer); timer = null; ev.target.textContent = "▶ play"; }
    }, 400);
  });
  show(parseInt(slider.value, 10));
  window.tiruDiffusion = { months: months, nodes: nodeSet, edges: edgeSet, show: show };
})();
