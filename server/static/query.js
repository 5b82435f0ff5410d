// Query page: choosing a library question loads it at once (the Load button stays for no-JS use).
"use strict";
(function () {
  const select = document.getElementById("library-name");
  if (select) {
    select.addEventListener("change", function () {
      if (select.value) select.form.submit();
    });
  }
  // Ctrl/Cmd+Enter in the editor runs the query.
  const text = document.getElementById("query-text");
  if (text) {
    text.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) text.form.submit();
    });
  }
})();
