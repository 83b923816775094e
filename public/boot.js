// Runs in <head>, before the first paint. It is a file of its own because the Content Security
// Policy allows no inline script.
//
// index.html holds the landing page, rendered at build time. When the address asks for another
// page (a reload on step 3, a shared link), hide the landing's HTML until the app has rendered
// the right page, rather than flash the wrong one. Keep the test in step with
// src/app/prerendered-route.ts.
(function () {
  var root = document.documentElement;
  if (!/^#?\/?$/.test(location.hash)) root.setAttribute('data-deep-link', '');
})();
