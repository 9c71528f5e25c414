/* nlds-nlp report: flow table (filter, sort, totals), documents with highlighted mentions.
   Vanilla JS, no library, no network. Text from documents is only ever set as textContent,
   never parsed as HTML. Totals are exact: amounts are decimal strings summed as BigInt. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  var LABELS = DATA.labels;
  var SCALE = 6; // decimals kept when summing
  var PAGE = 500; // rows drawn at once; totals always cover every matching row
  var state = { sortKey: "a", sortDir: -1, limit: PAGE, rows: [] };
  var COLS = [
    { key: "f", title: "Funder" },
    { key: "r", title: "Recipient" },
    { key: "p", title: "Programme" },
    { key: "a", title: "Amount", num: true },
    { key: "when", title: "Period / date" },
    { key: "y", title: "Year" },
    { key: "doc", title: "Document" }
  ];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
      });
    }
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function toUnits(s) {
    // "1234.5" -> 1234500000n at SCALE decimals
    var neg = s.charAt(0) === "-";
    if (neg) s = s.slice(1);
    var parts = s.split(".");
    var frac = (parts[1] || "").slice(0, SCALE);
    while (frac.length < SCALE) frac += "0";
    var v = BigInt(parts[0] || "0") * BigInt(Math.pow(10, SCALE)) + BigInt(frac);
    return neg ? -v : v;
  }

  function groupDigits(intPart) {
    return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function formatUnits(v) {
    var neg = v < 0n;
    if (neg) v = -v;
    var s = v.toString();
    while (s.length <= SCALE) s = "0" + s;
    var intPart = s.slice(0, s.length - SCALE);
    var frac = s.slice(s.length - SCALE).replace(/0+$/, "").slice(0, 2);
    if (frac.length === 1) frac += "0";
    return (neg ? "-" : "") + groupDigits(intPart) + (frac ? "," + frac : "");
  }

  function formatAmount(s) {
    return s ? formatUnits(toUnits(s)) : "";
  }

  function sym(c) {
    return c === "EUR" ? "€" : c || "";
  }

  function amountText(f) {
    var per = f.per ? " per " + f.per : "";
    var q = f.q ? f.q.replace("_", " ") + " " : "";
    if (f.a) return q + sym(f.c) + " " + formatAmount(f.a) + per;
    if (f.lo || f.hi) {
      return q + sym(f.c) + " " + (formatAmount(f.lo) || "?") + " – " + (formatAmount(f.hi) || "?") + per;
    }
    return f.t;
  }

  function docLabel(d) {
    return d.title ? d.title : d.id;
  }

  function flowValue(f, key) {
    if (key === "doc") {
      var d = DATA.docs[f.d];
      return d.id + " " + d.title;
    }
    return f[key] || "";
  }

  function sortValue(f, key) {
    if (key === "a") {
      var s = f.a || f.lo || f.hi;
      return s ? parseFloat(s) : null;
    }
    if (key === "doc") return DATA.docs[f.d].id.toLowerCase();
    return (f[key] || "").toLowerCase() || null;
  }

  /* ---------- flow table ---------- */

  var filters = {};
  var search = document.getElementById("flow-search");
  var tbody = document.querySelector("#flow-table tbody");
  var totalsBox = document.getElementById("flow-totals");
  var countBox = document.getElementById("flow-count");
  var moreButton = document.getElementById("flow-more");

  function matches(f) {
    var q = search.value.trim().toLowerCase();
    if (q) {
      var hay = [f.f, f.r, f.p, f.t, f.when, f.y, flowValue(f, "doc")].join(" ").toLowerCase();
      var words = q.split(/\s+/);
      for (var i = 0; i < words.length; i++) if (hay.indexOf(words[i]) < 0) return false;
    }
    for (var key in filters) {
      var want = filters[key];
      if (want && flowValue(f, key).toLowerCase().indexOf(want) < 0) return false;
    }
    return true;
  }

  function applyTable() {
    var rows = DATA.flows.filter(matches);
    var key = state.sortKey, dir = state.sortDir;
    rows.sort(function (x, y) {
      var a = sortValue(x, key), b = sortValue(y, key);
      if (a === null && b === null) return 0;
      if (a === null) return 1; // empty cells last either way
      if (b === null) return -1;
      return a < b ? -dir : a > b ? dir : 0;
    });
    state.rows = rows;
    drawRows();
    drawTotals(rows);
    document.querySelectorAll("#flow-table th[data-key]").forEach(function (th) {
      var k = th.getAttribute("data-key");
      th.setAttribute("aria-sort", k === key ? (dir > 0 ? "ascending" : "descending") : "none");
    });
  }

  function drawRows() {
    var rows = state.rows;
    var frag = document.createDocumentFragment();
    var n = Math.min(rows.length, state.limit);
    for (var i = 0; i < n; i++) {
      var f = rows[i];
      var tr = el("tr", { "class": f.w ? "flow warned" : "flow" });
      tr.appendChild(el("td", { "class": f.f ? "" : "none" }, f.f || "—"));
      tr.appendChild(el("td", { "class": f.r ? "" : "none" }, f.r || "—"));
      tr.appendChild(el("td", { "class": f.p ? "" : "none" }, f.p || "—"));
      var amount = el("td", { "class": "num", title: f.w ? "Not in totals: " + f.w : f.t }, amountText(f));
      tr.appendChild(amount);
      tr.appendChild(el("td", null, f.when || ""));
      tr.appendChild(el("td", { title: f.yf === "published" ? "year of publication" : "" }, f.y));
      var td = el("td");
      var d = DATA.docs[f.d];
      var link = el("a", { href: "#" + sentenceId(f.d, f.s), "class": "to-sentence" }, docLabel(d));
      link.title = "Open the sentence in " + d.id;
      td.appendChild(link);
      tr.appendChild(td);
      frag.appendChild(tr);
    }
    tbody.textContent = "";
    tbody.appendChild(frag);
    countBox.textContent = rows.length + " of " + DATA.flows.length + " flows" +
      (rows.length > n ? " (first " + n + " shown)" : "");
    moreButton.hidden = rows.length <= n;
  }

  function drawTotals(rows) {
    var sums = {}, order = [], warned = 0, ranges = 0, summed = 0;
    rows.forEach(function (f) {
      if (f.w) { warned++; return; }
      if (!f.a) { ranges++; return; }
      var key = f.c + "|" + f.per;
      if (!(key in sums)) { sums[key] = 0n; order.push(key); }
      sums[key] += toUnits(f.a);
      summed++;
    });
    totalsBox.textContent = "";
    totalsBox.appendChild(el("strong", null, "Total of " + summed + " flow(s) shown: "));
    if (!order.length) totalsBox.appendChild(el("span", null, "nothing to sum"));
    order.sort();
    order.forEach(function (key, i) {
      var parts = key.split("|");
      var text = sym(parts[0]) + " " + formatUnits(sums[key]) + (parts[1] ? " per " + parts[1] : "");
      totalsBox.appendChild(el("span", { "class": "total", "data-currency": parts[0], "data-per": parts[1], "data-units": sums[key].toString() }, (i ? " · " : "") + text));
    });
    var notes = [];
    if (ranges) notes.push(ranges + " range(s) without one amount");
    if (warned) notes.push(warned + " flow(s) with a warning");
    var unl = DATA.unlinked;
    if (unl.mentions) notes.push(unl.mentions + " sum(s) without roles in " + unl.documents + " document(s) are no funding");
    if (notes.length) totalsBox.appendChild(el("div", { "class": "note" }, "Not in the totals: " + notes.join("; ") + "."));
  }

  function buildTableHead() {
    var head = document.querySelector("#flow-table thead");
    var titles = el("tr"), inputs = el("tr", { "class": "filters" });
    COLS.forEach(function (col) {
      var th = el("th", { "data-key": col.key, scope: "col", "class": col.num ? "num" : "" });
      var button = el("button", { type: "button", "class": "sort" }, col.title);
      button.addEventListener("click", function () {
        if (state.sortKey === col.key) state.sortDir = -state.sortDir;
        else { state.sortKey = col.key; state.sortDir = col.num ? -1 : 1; }
        state.limit = PAGE;
        applyTable();
      });
      th.appendChild(button);
      titles.appendChild(th);
      var cell = el("th");
      if (!col.num) {
        var input = el("input", { type: "search", "data-filter": col.key, placeholder: "filter", "aria-label": "Filter " + col.title });
        input.addEventListener("input", function () {
          filters[col.key] = input.value.trim().toLowerCase();
          state.limit = PAGE;
          applyTable();
        });
        cell.appendChild(input);
      }
      inputs.appendChild(cell);
    });
    head.appendChild(titles);
    head.appendChild(inputs);
  }

  /* ---------- documents ---------- */

  function sentenceId(d, s) {
    return s === null || s === undefined ? "doc-" + d : "doc-" + d + "-s" + s;
  }

  var docView = document.getElementById("doc-view");
  var detail = document.getElementById("mention-detail");
  var shown = -1;

  function sentencesOf(d) {
    var seen = {}, out = [];
    DATA.flows.forEach(function (f) {
      if (f.d === d && f.s !== null && f.se !== null && !(f.s in seen)) {
        seen[f.s] = true;
        out.push([f.s, f.se]);
      }
    });
    DATA.docs[d].parts.forEach(function (p) {
      if (!DATA.docs[d].full && !(p[0] in seen)) { seen[p[0]] = true; out.push([p[0], p[0] + p[1].length]); }
    });
    out.sort(function (a, b) { return a[0] - b[0]; });
    return out;
  }

  function fillRegion(container, text, offset, a, b, marks) {
    // text of [a, b) (absolute offsets) with marks that start inside it
    var pos = a;
    marks.forEach(function (m) {
      if (m[0] < pos || m[0] >= b) return;
      if (m[0] > pos) container.appendChild(document.createTextNode(text.slice(pos - offset, m[0] - offset)));
      var end = Math.min(m[1], b);
      var label = LABELS[m[2]];
      var mark = el("mark", { "class": "ent l-" + label, title: m[3], tabindex: "0", "data-label": label });
      mark.appendChild(document.createTextNode(text.slice(m[0] - offset, end - offset)));
      mark.appendChild(el("span", { "class": "lbl" }, label));
      container.appendChild(mark);
      pos = end;
    });
    if (pos < b) container.appendChild(document.createTextNode(text.slice(pos - offset, b - offset)));
  }

  function renderDocument(d) {
    var doc = DATA.docs[d];
    docView.textContent = "";
    var head = el("header");
    head.appendChild(el("h3", null, docLabel(doc)));
    var meta = [doc.id];
    if (doc.published) meta.push("published " + doc.published);
    if (doc.source) meta.push(doc.source);
    head.appendChild(el("p", { "class": "meta" }, meta.join(" · ")));
    if (!doc.full) {
      head.appendChild(el("p", { "class": "note" }, "The text of this document could not be read back from its source; only the sentences its flows were read from are shown."));
    }
    docView.appendChild(head);
    var body = el("div", { "class": doc.full ? "text" : "text sentences" });
    var sentences = sentencesOf(d);
    var marks = doc.marks;
    doc.parts.forEach(function (part) {
      var offset = part[0], text = part[1], end = offset + text.length;
      var block = doc.full ? body : el("p", { "class": "part" });
      var pos = offset;
      sentences.forEach(function (s) {
        if (s[1] <= pos || s[0] >= end) return;
        var a = Math.max(s[0], pos), b = Math.min(s[1], end);
        if (a > pos) fillRegion(block, text, offset, pos, a, marks);
        var span = el("span", { "class": "sentence", id: sentenceId(d, s[0]) });
        fillRegion(span, text, offset, a, b, marks);
        block.appendChild(span);
        pos = b;
      });
      if (pos < end) fillRegion(block, text, offset, pos, end, marks);
      if (!doc.full) body.appendChild(block);
    });
    docView.appendChild(body);
    shown = d;
  }

  function showMention(mark) {
    detail.textContent = "";
    mark.getAttribute("title").split("\n").forEach(function (line, i) {
      detail.appendChild(el(i ? "div" : "strong", null, line));
    });
    detail.hidden = false;
  }

  docView.addEventListener("click", function (ev) {
    var mark = ev.target.closest ? ev.target.closest("mark.ent") : null;
    if (mark) showMention(mark);
  });
  docView.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches && ev.target.matches("mark.ent")) showMention(ev.target);
  });

  detail.title = "Click or press Escape to close";
  detail.addEventListener("click", function () { detail.hidden = true; });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") detail.hidden = true;
  });

  function route() {
    var m = /^#doc-(\d+)(?:-s(\d+))?$/.exec(window.location.hash);
    if (!m) return;
    var d = parseInt(m[1], 10);
    if (!(d in DATA.docs)) return;
    if (shown !== d) renderDocument(d);
    document.getElementById("documents").scrollIntoView();
    document.querySelectorAll(".sentence.target").forEach(function (n) { n.classList.remove("target"); });
    var target = m[2] ? document.getElementById(sentenceId(d, parseInt(m[2], 10))) : docView;
    if (target) {
      target.classList.add("target");
      target.scrollIntoView({ block: "center" });
    }
  }

  function buildDocList() {
    var list = document.getElementById("doc-list");
    var filter = document.getElementById("doc-search");
    var flowsPer = {};
    DATA.flows.forEach(function (f) { flowsPer[f.d] = (flowsPer[f.d] || 0) + 1; });
    function draw() {
      var q = filter.value.trim().toLowerCase();
      var frag = document.createDocumentFragment();
      var n = 0;
      DATA.docs.forEach(function (doc, d) {
        if (q && (doc.id + " " + doc.title).toLowerCase().indexOf(q) < 0) return;
        if (n++ >= 300 && !q) return;
        var li = el("li");
        li.appendChild(el("a", { href: "#doc-" + d }, docLabel(doc)));
        li.appendChild(el("span", { "class": "meta" }, " " + (flowsPer[d] || 0) + " flow(s), " + doc.marks.length + " mention(s)" + (doc.published ? ", " + doc.published : "")));
        frag.appendChild(li);
      });
      list.textContent = "";
      list.appendChild(frag);
      document.getElementById("doc-count").textContent = n + " document(s)" + (!q && n > 300 ? " (first 300 listed; filter to find others)" : "");
    }
    filter.addEventListener("input", draw);
    draw();
  }

  document.querySelectorAll("svg.sankey .node").forEach(function (node) {
    node.addEventListener("click", function () {
      var col = node.getAttribute("data-col"), name = node.getAttribute("data-name");
      if (!name) return;
      var input = document.querySelector('#flow-table input[data-filter="' + col + '"]');
      input.value = name;
      filters[col] = name.toLowerCase();
      state.limit = PAGE;
      applyTable();
      document.getElementById("flows").scrollIntoView();
    });
  });

  search.addEventListener("input", function () { state.limit = PAGE; applyTable(); });
  moreButton.addEventListener("click", function () { state.limit += 5 * PAGE; drawRows(); });
  buildTableHead();
  applyTable();
  buildDocList();
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "1");
})();
