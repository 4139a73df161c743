"""Synthetic Chinese commentary in both scripts, for benchmarks (not for quality figures).

`generate(n, seed)` returns n (doc_id, text) pairs; odd documents are converted to traditional script.
Sentences are assembled from templates with actors, places, policies and cue words, so every stage of the
extractor has work to do. CLI: python bench/synth_corpus.py N [--seed S] [--out DIR]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from kg.textnorm import to_traditional

PLACES = ["合肥", "深圳", "杭州", "苏州", "武汉", "贵阳", "成都", "西安", "南京", "青岛"]
ORGS = ["{p}市发展和改革委员会", "{p}产业投资集团", "{p}大学", "{p}科学研究院", "{p}市科技创新局", "{p}高新区",
        "{p}数据交易所", "{p}引导基金"]
COMPANIES = ["华为", "比亚迪", "宁德时代", "DeepSeek", "ASML", "蔚来", "腾讯", "京东方", "中芯国际", "长江存储"]
PEOPLE = ["陈立新", "王建华", "刘晓彤", "张卫东", "李晨", "郑永刚"]
POLICIES = ["《{p}市促进人工智能产业发展条例》", "《数据安全法》", "“{p}数字经济三年行动计划”", "“最多跑一次”改革"]
TEMPLATES = [
    "{org}近日出台{pol}，提出对重点企业给予资金支持。",
    "{org}教授{per}认为，{p}的优势在于市场规模，而不是补贴。",
    "{com}于去年落户{p}，{org}向其注资数十亿元。",
    "但也有观点指出，这种做法可能导致新的隐性债务。",
    "{per}表示，地方政府必须尊重市场规律，不能替企业挑选技术路线。",
    "{com}、{com2}等龙头企业相继在{p}扩大产能。",
    "这是否意味着{p}的模式可以复制？",
    "随着{pol}施行，{p}的招商方式正在发生变化。",
]


def _doc(rng: random.Random, sentences: int) -> str:
    paras = []
    for _ in range(max(1, sentences // 4)):
        out = []
        for _ in range(4):
            p = rng.choice(PLACES)
            c1, c2 = rng.sample(COMPANIES, 2)
            t = rng.choice(TEMPLATES)
            out.append(t.format(org=rng.choice(ORGS).format(p=p), pol=rng.choice(POLICIES).format(p=p), p=p,
                                per=rng.choice(PEOPLE), com=c1, com2=c2))
        paras.append("".join(out))
    return f"“{rng.choice(PLACES)}”还能复制吗？\n作者：{rng.choice(PEOPLE)}\n" + "\n".join(paras) + "\n"


def generate(n: int, seed: int = 0, sentences: int = 40) -> list[tuple[str, str]]:
    """n synthetic documents (doc_id, text); deterministic for a seed; odd ones in traditional script."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        text = _doc(rng, sentences)
        if i % 2:
            text = to_traditional(text)
        docs.append((f"synth-{seed}-{i:05d}", text))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None, help="write DIR/<doc_id>.txt instead of printing")
    args = ap.parse_args()
    docs = generate(args.n, args.seed)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc_id, text in docs:
            (args.out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    else:
        for doc_id, text in docs:
            print(f"# {doc_id}\n{text}")


if __name__ == "__main__":
    main()
