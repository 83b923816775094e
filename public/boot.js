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
  //    has rendered the right page, rather than flash the wrong one. A start address
  //    (#/start/<presetId>) shows the landing. Keep the test in step with
  //    src/app/prerendered-route.ts.
  var deep = !/^#?\/?(?:start(?:\/[^/]+)?)?$/.test(location.hash);
  if (deep) root.setAttribute('data-deep-link', '');

  // 2b. Such a page needs the app, the content and the page's own code before it can show
  //     anything: ask for all of it now, together, rather than one level of imports at a time.
  //     The built index.html lists the files per kind of address (vite.config.ts, routePreloads);
  //     the development server lists none. Keep the addresses in step with src/app/routes.ts.
  if (deep) {
    var route = /^#\/link\//.test(location.hash)
      ? 'link'
      : /^#\/services\/[^/]+\/result\/?$/.test(location.hash)
        ? 'result'
        : /^#\/portfolio\/?$/.test(location.hash)
          ? 'portfolio'
          : '';
    var lists = document.querySelectorAll('meta[name="app-preload"]');
    for (var i = 0; i < lists.length; i++) {
      var kind = lists[i].getAttribute('data-route');
      if (kind !== 'deep' && kind !== route) continue;
      var files = (lists[i].getAttribute('content') || '').split(' ');
      for (var j = 0; j < files.length; j++) {
        if (!files[j]) continue;
        var link = document.createElement('link');
        if (/\.css$/.test(files[j])) {
          link.rel = 'preload';
          link.as = 'style';
        } else {
          link.rel = 'modulepreload';
        }
        link.crossOrigin = '';
        link.href = files[j];
        document.head.appendChild(link);
      }
    }
  }

  // 3. The skip link ("Skip to content", href="#main") works before the app does: followed as a
  //    link, "#main" would be read by the app's hash routing as an address and lead nowhere.
  //    It moves focus to the page's content instead, as the app's own handler does once it runs
  //    (src/app/shell.tsx), which then goes first.
  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('a.skip-link') : null;
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    var main = document.getElementById('main');
    if (main) main.focus();
  });

  // 4. Paint first, then fetch and run the app. The built index.html names its entry in
  //    <meta name="app-entry"> (vite.config.ts explains why); start it once the pre-rendered page
  //    has been painted.
  var started = false;
  function startApp() {
    var entry = document.querySelector('meta[name="app-entry"]');
    if (started || !entry) return; // no entry: the development server runs it directly
    started = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.getAttribute('content');
    document.head.appendChild(script);
  }
  function startAfterFirstPaint() {
    var observesPaint =
      typeof PerformanceObserver !== 'undefined' &&
      (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
    if (document.visibilityState === 'hidden' || !observesPaint) {
      // A hidden tab paints nothing; a browser without paint timing gets the next frame.
      requestAnimationFrame(function () {
        setTimeout(startApp, 0);
      });
      setTimeout(startApp, 100);
      return;
    }
    var observer = new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(startApp, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
    // Never wait for ever: a page that cannot paint still gets its app.
    setTimeout(startApp, 3000);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startAfterFirstPaint);
  } else {
    startAfterFirstPaint();
  }
})();
