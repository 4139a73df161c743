"""Node positions computed in Python, so the browser draws at once with physics off.

Why not networkx's spring_layout: it is O(n²) per step on the whole graph (and needs scipy beyond 500
nodes). Here the graph is cut into groups of at most GROUP_MAX nodes (connected components, and
label-propagation communities inside big components); each group gets a dense Fruchterman–Reingold
layout (numpy), the groups of a component are laid out the same way as one node each, overlaps between
groups are pushed apart, and components are packed in rows. Every step is linear in the number of
groups or bounded by GROUP_MAX², so 50,000 nodes take seconds, and the groups double as the clusters
of the page's level-of-detail mode. A fixed seed makes positions (rounded to integers) reproducible.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

__all__ = ["Layout", "Group", "compute_layout", "GROUP_MAX", "EDGE_LENGTH"]

GROUP_MAX = 300  # nodes per dense layout (and per cluster in level-of-detail mode)
GROUP_MIN = 60  # smaller communities are merged into a neighbour
DENSE_MAX = 600  # a component up to this size is laid out as one piece (best picture, still < 1 s)
EDGE_LENGTH = 80.0  # ideal edge length in page pixels
SEED = 20250201


@dataclass(frozen=True)
class Group:
    id: int
    members: tuple[str, ...]
    x: int
    y: int
    radius: int


@dataclass(frozen=True)
class Layout:
    positions: dict[str, tuple[int, int]]
    group_of: dict[str, int]
    groups: list[Group]


def _fruchterman_reingold(n: int, edges: np.ndarray, weights: np.ndarray, rng: np.random.Generator,
                          iterations: int = 80) -> np.ndarray:
    """Dense FR in unit edge length: fine up to a few hundred nodes (n² per step)."""
    if n == 1:
        return np.zeros((1, 2))
    pos = (rng.random((n, 2)) - 0.5) * math.sqrt(n)
    temp = 0.1 * math.sqrt(n) + 0.5
    cool = temp / (iterations + 1)
    ei, ej = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    for _ in range(iterations):
        sq = (pos ** 2).sum(1)
        inv = 1.0 / np.maximum(sq[:, None] + sq[None, :] - 2.0 * (pos @ pos.T), 1e-4)
        np.fill_diagonal(inv, 0.0)
        # repulsion k²/d along (p_i - p_j)/d with k = 1, i.e. sum_j (p_i - p_j)/d², as two matrix products
        disp = pos * inv.sum(1)[:, None] - inv @ pos
        if len(ei):
            dv = pos[ei] - pos[ej]
            f = dv * (np.sqrt((dv ** 2).sum(-1)) * weights)[:, None]  # attraction d²/k
            np.subtract.at(disp, ei, f)
            np.add.at(disp, ej, f)
        disp -= 0.02 * pos  # weak gravity keeps loosely tied parts together
        length = np.maximum(np.sqrt((disp ** 2).sum(-1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp = max(temp - cool, 0.01)
    return pos - pos.mean(0)


def _separate(pos: np.ndarray, radius: np.ndarray, gap: float, rounds: int = 60) -> np.ndarray:
    """Push overlapping discs apart (groups of one component), keeping their relative arrangement."""
    n = len(pos)
    if n < 2:
        return pos
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt(np.maximum((delta ** 2).sum(-1), 1e-9))
        need = radius[:, None] + radius[None, :] + gap
        overlap = np.where(np.eye(n, dtype=bool), 0.0, np.maximum(need - dist, 0.0))
        if not overlap.any():
            break
        pos = pos + (delta / dist[:, :, None] * (overlap / 2)[:, :, None]).sum(1)
    return pos


def _induced_edges(nbrs: dict[str, list[str]], nodes: Sequence[str]) -> list[tuple[str, str]]:
    """The edges among `nodes` as (a, b) with a < b, sorted: the order `_induced(…).edges()` gives them.

    Why not build that graph just to read its edges: for every group and component that cost more than
    the group's layout. `nbrs` holds each node's neighbours sorted.
    """
    inside = set(nodes)
    return [(a, b) for a in sorted(inside) for b in nbrs[a] if b > a and b in inside]


def _induced(nbrs: dict[str, list[str]], nodes: Sequence[str]) -> nx.Graph:
    """The subgraph on `nodes` as a real graph, nodes and edges inserted sorted.

    Not `g.subgraph(nodes)`: that view iterates a set of the nodes, whose order follows string hashing
    (PYTHONHASHSEED), so label propagation and layouts differed from run to run on large components; and
    every lookup through the view is filtered (~3x slower).
    """
    sub = nx.Graph()
    sub.add_nodes_from(sorted(set(nodes)))
    sub.add_edges_from(_induced_edges(nbrs, nodes))
    return sub


def _split_component(nbrs: dict[str, list[str]], nodes: list[str], seed: int) -> list[list[str]]:
    """Groups of at most GROUP_MAX connected-ish nodes: communities, big ones cut in BFS order, tiny merged."""
    if len(nodes) <= DENSE_MAX:
        return [nodes]
    sub = _induced(nbrs, nodes)
    lpa = getattr(nx.community, "fast_label_propagation_communities", None)  # networkx >= 3.3: faster
    found = lpa(sub, seed=seed) if lpa else nx.community.label_propagation_communities(sub)
    comms = [sorted(c) for c in found]
    comms.sort(key=lambda c: (-len(c), c[0]))
    groups: list[list[str]] = []
    for comm in comms:
        if len(comm) <= GROUP_MAX:
            groups.append(comm)
            continue
        inside, seen = set(comm), set()
        order = []
        for start in comm:
            if start in seen:
                continue
            seen.add(start)
            queue = deque([start])
            while queue:
                v = queue.popleft()
                order.append(v)
                for w in sorted(sub[v]):
                    if w in inside and w not in seen:
                        seen.add(w)
                        queue.append(w)
        groups.extend(order[i:i + GROUP_MAX] for i in range(0, len(order), GROUP_MAX))
    # merge small groups into the neighbouring group they share most edges with (while it has room)
    where = {v: i for i, grp in enumerate(groups) for v in grp}
    for i in sorted(range(len(groups)), key=lambda i: (len(groups[i]), i)):
        grp = groups[i]
        if not grp or len(grp) >= GROUP_MIN:
            continue
        links: dict[int, int] = defaultdict(int)
        for v in grp:
            for w in sub[v]:
                if where[w] != i:
                    links[where[w]] += 1
        for j in sorted(links, key=lambda j: (-links[j], j)):
            if len(groups[j]) + len(grp) <= GROUP_MAX:
                groups[j].extend(grp)
                for v in grp:
                    where[v] = j
                groups[i] = []
                break
    return [sorted(grp) for grp in groups if grp]


def compute_layout(nodes: Sequence[str], edges: Sequence[tuple[str, str]], seed: int = SEED) -> Layout:
    """Integer positions for every node, plus the groups (clusters) they were laid out in."""
    g = nx.Graph()
    g.add_nodes_from(sorted(nodes))
    g.add_edges_from(sorted((a, b) for a, b in edges if a != b and a in g and b in g))
    rng = np.random.default_rng(seed)
    nbrs = {v: sorted(g[v]) for v in g}
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    positions: dict[str, tuple[float, float]] = {}
    group_of: dict[str, int] = {}
    groups: list[tuple[list[str], float, float, float]] = []  # members, x, y, radius
    boxes = []  # per component: (list of group indexes, radius)
    for comp in comps:
        parts = _split_component(nbrs, comp, seed)
        local = []
        for members in parts:
            index = {v: i for i, v in enumerate(members)}
            sub_edges = np.array([(index[a], index[b]) for a, b in _induced_edges(nbrs, members)], dtype=int)
            sub_edges = sub_edges.reshape(-1, 2)
            steps = 150 if len(parts) == 1 else 80  # a lone piece is the whole picture: worth more steps
            pos = _fruchterman_reingold(len(members), sub_edges, np.ones(len(sub_edges)), rng, steps) * EDGE_LENGTH
            radius = float(np.sqrt((pos ** 2).sum(-1)).max()) + EDGE_LENGTH / 2
            local.append((members, pos, radius))
        if len(local) > 1:
            gi = {v: i for i, (members, _, _) in enumerate(local) for v in members}
            weight: dict[tuple[int, int], int] = defaultdict(int)
            for a, b in _induced_edges(nbrs, comp):
                if gi[a] != gi[b]:
                    weight[tuple(sorted((gi[a], gi[b])))] += 1
            pairs = sorted(weight)
            radii = np.array([r for _, _, r in local])
            centres = _fruchterman_reingold(len(local), np.array(pairs, dtype=int).reshape(-1, 2),
                                            np.log1p(np.array([weight[p] for p in pairs], dtype=float)), rng)
            centres = _separate(centres * radii.mean() * 2, radii, EDGE_LENGTH / 2)
        else:
            centres = np.zeros((1, 2))
        members_idx = []
        for (members, pos, radius), (cx, cy) in zip(local, centres, strict=True):
            members_idx.append(len(groups))
            groups.append((members, float(cx), float(cy), radius))
            for v, (x, y) in zip(members, pos, strict=True):
                positions[v] = (x + cx, y + cy)
        extent = max(math.hypot(groups[i][1], groups[i][2]) + groups[i][3] for i in members_idx)
        boxes.append((members_idx, extent))
    _pack(boxes, groups, positions)
    final = {v: (int(round(x)), int(round(y))) for v, (x, y) in positions.items()}
    # clusters for level-of-detail: big groups as they are; small ones (tiny components) binned by area
    clusters: list[list[str]] = []
    cells: dict[tuple[int, int], list[str]] = defaultdict(list)
    cell = EDGE_LENGTH * 12
    for members, cx, cy, _radius in groups:
        if len(members) >= GROUP_MIN:
            clusters.append(list(members))
        else:
            cells[(int(cx // cell), int(cy // cell))].extend(members)
    clusters.extend(cells[k] for k in sorted(cells))
    out_groups = []
    for i, members in enumerate(clusters):
        pts = np.array([final[v] for v in members], dtype=float)
        cx, cy = pts.mean(0)
        radius = float(np.sqrt(((pts - (cx, cy)) ** 2).sum(-1)).max()) + EDGE_LENGTH / 2
        for v in members:
            group_of[v] = i
        out_groups.append(Group(i, tuple(sorted(members)), int(round(cx)), int(round(cy)), int(round(radius))))
    return Layout(positions=final, group_of=group_of, groups=out_groups)


def _pack(boxes: list[tuple[list[int], float]], groups: list, positions: dict) -> None:
    """Shelf-pack components (largest first) into rows around a roughly square area; moves in place."""
    if not boxes:
        return
    width = math.sqrt(sum((2 * r) ** 2 for _, r in boxes)) * 1.2
    x = y = row_h = 0.0
    gap = EDGE_LENGTH / 2
    for members_idx, r in boxes:
        size = 2 * r
        if x > 0 and x + size > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        dx, dy = x + r, y + r
        for i in members_idx:
            members, cx, cy, radius = groups[i]
            groups[i] = (members, cx + dx, cy + dy, radius)
            for v in members:
                px, py = positions[v]
                positions[v] = (px + dx, py + dy)
        x += size + gap
        row_h = max(row_h, size)
