/** A lattice node waiting in the search queue, with its information loss. */
export type QueuedNode = { loss: number; node: number[] };

/** Lower loss first; ties go to the lexicographically smaller node (the earlier variables kept finer), so results are stable. */
export function comesBefore(a: QueuedNode, b: QueuedNode): boolean {
  if (Math.abs(a.loss - b.loss) > 1e-12) return a.loss < b.loss;
  for (const [q, level] of a.node.entries()) if (level !== b.node[q]) return level < (b.node[q] ?? 0);
  return false;
}

/**
 * A binary min-heap of lattice nodes in `comesBefore` order: the queue of a best-first search.
 * push and pop cost O(log m) for m queued nodes.
 */
export class NodeHeap {
  private readonly items: QueuedNode[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The next node, without taking it out. */
  peek(): QueuedNode | undefined {
    return this.items[0];
  }

  push(entry: QueuedNode): void {
    const heap = this.items;
    heap.push(entry);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!comesBefore(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** @throws Error when the heap is empty */
  pop(): QueuedNode {
    const heap = this.items;
    const top = heap[0];
    if (!top) throw new Error("NodeHeap.pop requires a non-empty heap");
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const [left, right] = [2 * i + 1, 2 * i + 2];
        let next = i;
        if (left < heap.length && comesBefore(heap[left]!, heap[next]!)) next = left;
        if (right < heap.length && comesBefore(heap[right]!, heap[next]!)) next = right;
        if (next === i) break;
        [heap[i], heap[next]] = [heap[next]!, heap[i]!];
        i = next;
      }
    }
    return top;
  }
}
