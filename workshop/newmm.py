# SPDX-FileCopyrightText: 2016-2026 PyThaiNLP Project (the algorithm and its rules);
#                         the Prachakhom authors (this copy)
# SPDX-License-Identifier: Apache-2.0
"""Thai word segmentation: PyThaiNLP's *newmm* ("new multi-cut") and its Thai Character
Clusters, taken from pythainlp 5.4 (``pythainlp/tokenize/newmm.py`` and ``tcc_p.py``,
Apache-2.0; the licence is ``resources/thai/LICENSE-pythainlp.txt``).

Why a copy: the app needs of pythainlp only this segmenter and its word list
(``resources/thai/words_th.txt``, CC0), 0.3 MB of the 68 MB the package installs (models and
corpora for tagging, romanisation, named entities ...), and the app's whole venv must stay
under 400 MB.  What changed: only what the app calls is kept -- :func:`segment` of a run of
Thai letters with a dictionary given (:class:`workshop.thai.WordTrie`), without the chunking of
``safe_mode`` and without ``word_tokenize``'s re-joining of numbers like ``12:30`` (a run of
Thai letters holds none).  ``tests/pdf/test_segmentation.py`` checks that the tokens are
pythainlp's, word for word, on the text of real minutes (pythainlp is a test extra).
"""
from __future__ import annotations

import re
from collections import defaultdict
from heapq import heappop, heappush
from typing import Iterator, Protocol


class Dictionary(Protocol):
    def prefixes(self, text: str, start: int = 0) -> list[str]: ...


# ------------------------------------------------------------ Thai Character Clusters (TCC)
_RE_TCC = (
    """\
เc็ck
เcctาะk
เccีtยะk
เccีtย(?=[เ-ไก-ฮ]|$)k
เcc็ck
เcิc์ck
เcิtck
เcีtยะ?k
เcืtอะ?k
เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k
เctา?ะ?k
cัtวะk
c[ัื]tc[ุิะ]?k
c[ิุู]์
c[ะ-ู]tk
cรรc์
c็
ct[ะาำ]?k
ck
แc็c
แcc์
แctะ
แcc็c
แccc์
โctะ
[เ-ไ]ct
ก็
อึ
หึ
""".replace("k", "(cc?[dิ]?[์])?")
    .replace("c", "[ก-ฮ]")
    .replace("t", "[่-๋]?")
    .replace("d", "อูอุ".replace("อ", ""))  # lower vowels
    .split()
)
_PAT_TCC = re.compile("|".join(_RE_TCC))


def tcc(text: str) -> Iterator[str]:
    """The Thai Character Clusters of ``text`` (clusters a word never splits)."""
    p, n = 0, len(text)
    while p < n:
        m = _PAT_TCC.match(text[p:])
        step = m.span()[1] if m else 1
        yield text[p:p + step]
        p += step


def _tcc_ends(text: str) -> bytearray:
    """``ends[i]`` is 1 where a cluster ends at position ``i``."""
    ends = bytearray(len(text) + 1)
    p = 0
    for cluster in tcc(text):
        p += len(cluster)
        ends[p] = 1
    return ends


# ------------------------------------------------------------ newmm
_PAT_NONTHAI = re.compile(
    r"""(?x)
[-a-zA-Z]+|        # Latin characters
\d+([,\.]\d+)*|    # numbers
[ \t]+|            # spaces
\r?\n|             # newlines
[^\u0E00-\u0E7F \t\r\n]+  # other non-Thai characters, and stops matching until space/newline
"""
)
_PAT_THAI_TWOCHARS = re.compile("[ก-ฮ]{,2}$")
_MAX_GRAPH_SIZE = 50       # the heuristic cut-off that keeps the search from exploding


def _bfs_paths(graph: defaultdict[int, list[int]], start: int, goal: int) -> Iterator[list[int]]:
    visited = {start}
    queue = [(start, [start])]
    while queue:
        vertex, path = queue.pop(0)
        for pos in graph[vertex]:
            if pos == goal:
                yield [*path, pos]
            elif pos not in visited:
                visited.add(pos)
                queue.append((pos, [*path, pos]))


def _extend_graph(graph: defaultdict[int, list[int]], pos_list: list[int], text: str,
                  begin: int, ends: bytearray, words: Dictionary, size: int) -> int:
    for word in words.prefixes(text, begin):
        end = begin + len(word)
        if ends[end]:
            graph[begin].append(end)
            size += 1
            if end not in pos_list:
                heappush(pos_list, end)
            if size > _MAX_GRAPH_SIZE:
                break
    return size


def _skip_end(text: str, begin: int, ends: bytearray, words: Dictionary) -> int:
    """The end of an out-of-dictionary word starting at ``begin``."""
    m = _PAT_NONTHAI.match(text, begin)
    if m:
        return m.end()
    for pos in range(begin + 1, len(text)):
        if ends[pos]:
            if any(ends[pos + len(w)] and not _PAT_THAI_TWOCHARS.match(w)
                   for w in words.prefixes(text, pos)):
                return pos
            if _PAT_NONTHAI.match(text, pos):
                return pos
    return len(text)


def _onecut(text: str, words: Dictionary) -> Iterator[str]:
    graph: defaultdict[int, list[int]] = defaultdict(list)
    size = 0
    ends = _tcc_ends(text)
    pos_list = [0]          # a priority queue of the positions where a word may end
    end = 0
    while pos_list[0] < len(text):
        begin = heappop(pos_list)
        size = _extend_graph(graph, pos_list, text, begin, ends, words, size)
        if len(pos_list) == 1:          # one candidate: no longer ambiguous
            path = next(_bfs_paths(graph, end, pos_list[0]))
            size = 0
            graph.clear()
            for pos in path[1:]:
                yield text[end:pos]
                end = pos
        elif not pos_list:              # no candidate: a word not in the dictionary
            end = _skip_end(text, begin, ends, words)
            size = 0
            graph.clear()
            yield text[begin:end]
            heappush(pos_list, end)


def segment(text: str, words: Dictionary) -> list[str]:
    """``text`` cut into words by maximal matching on ``words`` within the clusters'
    boundaries (pythainlp's ``word_tokenize(text, custom_dict=words, engine="newmm")``)."""
    if not text:
        return []
    return list(_onecut(text, words))


__all__ = ["segment", "tcc"]
