// Runs in <head>, before the first paint. It is a file of its own because the Content Security
// Policy allows no inline script.
(function () {
  var root = document.documentElement;

  // 1. The colour theme the user picked in the header (src/app/theme.ts, same key), so a dark
  //    page never flashes light. Without a choice, styles.css follows the system setting.
  try {
    var theme = localStorage.getItem('rust-or-go:theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch {
    // Storage blocked by privacy settings: follow the system setting.
  }

  // 2. index.html holds the landing page, rendered at build time. When the address asks for
  //    another page (a reload on step 3, a shared link), hide the landing's HTML until the app
  //    has rendered the right page, rather than flash the wrong one. Keep the test in step with
  //    src/app/prerendered-route.ts.
  if (!/^#?\/?$/.test(location.hash)) root.setAttribute('data-deep-link', '');
})();
