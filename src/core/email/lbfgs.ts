// Limited-memory BFGS: the optimiser behind the classifier's training. Deterministic (no random
// restarts), plain Float64Arrays, enough for a smooth convex objective of a few hundred thousand
// parameters.

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search. */
export function lbfgs(
  f: (x: Float64Array, g: Float64Array) => number,
  x: Float64Array,
  maxIter: number,
  memory = 10,
): void {
  const n = x.length;
  const g = new Float64Array(n);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const alpha = new Float64Array(memory);
  for (let iter = 0; iter < maxIter; iter++) {
    for (let i = 0; i < n; i++) d[i] = -(g[i] ?? 0);
    const m = S.length;
    for (let j = m - 1; j >= 0; j--) {
      const a = (rho[j] ?? 0) * dot(S[j] as Float64Array, d);
      alpha[j] = a;
      const yj = Y[j] as Float64Array;
      for (let i = 0; i < n; i++) d[i] = (d[i] ?? 0) - a * (yj[i] ?? 0);
    }
    if (m > 0) {
      const yl = Y[m - 1] as Float64Array;
      const gamma = dot(S[m - 1] as Float64Array, yl) / dot(yl, yl);
      for (let i = 0; i < n; i++) d[i] = (d[i] ?? 0) * gamma;
    } else {
      const gn = Math.sqrt(dot(g, g));
      for (let i = 0; i < n; i++) d[i] = (d[i] ?? 0) / Math.max(gn, 1);
    }
    for (let j = 0; j < m; j++) {
      const b = (rho[j] ?? 0) * dot(Y[j] as Float64Array, d);
      const sj = S[j] as Float64Array;
      const coef = (alpha[j] ?? 0) - b;
      for (let i = 0; i < n; i++) d[i] = (d[i] ?? 0) + coef * (sj[i] ?? 0);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      for (let i = 0; i < n; i++) d[i] = -(g[i] ?? 0);
      slope = dot(g, d);
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
    }
    let step = 1;
    let fNew = 0;
    let accepted = false;
    for (let ls = 0; ls < 30; ls++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] ?? 0) + step * (d[i] ?? 0);
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) break;
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] ?? 0) - (x[i] ?? 0);
      yv[i] = (gNew[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, yv);
    x.set(xNew);
    g.set(gNew);
    const improvement = fx - fNew;
    fx = fNew;
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    if (improvement < 1e-10 * Math.max(1, Math.abs(fx))) break;
  }
}
