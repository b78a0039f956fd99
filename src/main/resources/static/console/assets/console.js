// Every htmx request carries the CSRF token the page was rendered with.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// The review queue's keys: a accepts, r rejects, n never-links — unless a field has the focus.
document.addEventListener("keydown", (event) => {
  const typing = event.target.closest && event.target.closest("input, textarea, select");
  if (typing || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const button = { a: "accept", r: "reject", n: "never-link" }[event.key];
  if (button && document.getElementById(button)) {
    event.preventDefault();
    document.getElementById(button).click();
  }
});

// After the next review item comes in place, the keyboard starts from its heading (screen readers read it out).
document.addEventListener("htmx:afterSwap", (event) => {
  const heading = event.detail.target.id === "item" || event.detail.elt.id === "item"
    ? document.querySelector("#item h2, #item .note")
    : null;
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: false });
  }
});

// A new request clears what the alert line said about the last one.
document.addEventListener("htmx:beforeRequest", () => {
  const alert = document.getElementById("alert");
  if (alert) {
    alert.textContent = "";
  }
});
