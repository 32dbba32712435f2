/** Options of {@link npyBytes}: numpy's dtype string and memory order. */
export interface NpyWriteOptions {
  readonly descr?: string;
  readonly fortran?: boolean;
}

/**
 * A version-1 `.npy` file of `values` (given in C order) with `shape`, as numpy's `np.save` writes it:
 * `<f8`, `>f8`, `<f4`, `>f4` or `<i8`; with `fortran`, the data are stored column-major.
 */
export function npyBytes(values: ArrayLike<number>, shape: readonly number[], options: NpyWriteOptions = {}): Uint8Array {
  const { descr = "<f8", fortran = false } = options;
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let header = `{'descr': '${descr}', 'fortran_order': ${fortran ? "True" : "False"}, 'shape': ${shapeText}, }`;
  header += `${" ".repeat((64 - ((10 + header.length + 1) % 64)) % 64)}\n`;
  const size = Number(descr.slice(2));
  const little = descr[0] !== ">";
  const bytes = new Uint8Array(10 + header.length + values.length * size);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) bytes[10 + i] = header.charCodeAt(i);
  const order = fortran ? fortranOrder(shape) : Array.from({ length: values.length }, (_, i) => i);
  order.forEach((from, k) => {
    const at = 10 + header.length + k * size;
    const x = values[from] as number;
    if (descr.endsWith("f8")) view.setFloat64(at, x, little);
    else if (descr.endsWith("f4")) view.setFloat32(at, x, little);
    else view.setBigInt64(at, BigInt(Math.round(x)), little);
  });
  return bytes;
}

/** For each position of a column-major layout, the C-order index of the element stored there. */
function fortranOrder(shape: readonly number[]): number[] {
  const count = shape.reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let f = 0; f < count; f++) {
    let rest = f;
    let c = 0;
    for (let k = 0; k < shape.length; k++) {
      const digit = rest % (shape[k] as number);
      rest = Math.floor(rest / (shape[k] as number));
      let stride = 1;
      for (let j = k + 1; j < shape.length; j++) stride *= shape[j] as number;
      c += digit * stride;
    }
    out.push(c);
  }
  return out;
}
