/**
 * `--ignore GLOB`: `*` matches within a name, `**` across folders, `?` one character. A file is
 * ignored when the glob matches its path as shown or its name alone.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const pattern = new RegExp(`^${source}$`);
  return (path) => {
    const normal = path.replace(/\\/g, '/').replace(/^\.\//, '');
    return pattern.test(normal) || pattern.test(normal.slice(normal.lastIndexOf('/') + 1));
  };
}
