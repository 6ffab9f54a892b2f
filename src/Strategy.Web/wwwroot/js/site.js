// Moves focus to the error summary after a failed submission, so keyboard and screen-reader
// users land on the list of problems (GOV.UK pattern). No inline script: the CSP forbids it.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    } else if (document.getElementById("potwierdzenie")) {
        // A question before an irreversible step (merging two institutions): the keyboard lands on it.
        document.getElementById("potwierdzenie").focus();
    }
});

// A table wider than the screen scrolls inside its own region, which keyboard users can reach and scroll
// (WCAG 1.4.10 reflow); the region is named after the table's caption.
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("main table").forEach(function (table) {
        if (table.closest(".table-scroll, .table-responsive")) {
            return;
        }
        var region = document.createElement("div");
        region.className = "table-scroll";
        table.parentNode.insertBefore(region, table);
        region.appendChild(table);
        if (table.scrollWidth > region.clientWidth + 1) {
            var caption = table.querySelector("caption");
            region.setAttribute("role", "region");
            region.setAttribute("tabindex", "0");
            region.setAttribute("aria-label", caption ? caption.textContent.trim() : "Tabela");
        }
    });
});
