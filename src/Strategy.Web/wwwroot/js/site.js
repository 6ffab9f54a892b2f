// Moves focus to the error summary after a failed submission, so keyboard and screen-reader
// users land on the list of problems (GOV.UK pattern). No inline script: the CSP forbids it.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    }
});
