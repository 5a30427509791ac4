"""A shop FAQ in categories (one file each) for the channel policy tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

ACCOUNT = """\
---
category: Account
---
## How do I reset my password?
id: reset-password
alternates:
- I forgot my password
- 忘记密码了怎么办

Open **Settings → Security** and click *Reset password*.

## How do I change my email address?
id: change-email
alternates:
- update the email on my account

Go to **Profile** and edit the email field.
"""

SHIPPING = """\
---
category: Shipping
---
## How long does shipping take?
id: shipping-time
alternates:
- 快递多久能到
- when will my parcel arrive

Orders ship within 24 hours and arrive in 2–5 days.

## How do I track my order?
id: track-order
alternates:
- where is my package
- 我的包裹在哪里

Open **Orders** and click *Track*.
"""

BILLING = """\
---
category: Billing
---
## Can I get a refund?
id: refund
alternates:
- 我想退款
- how do I return an item for my money back

Yes, within 30 days. Start a return from **Orders**.
"""

UNCATEGORISED = """\
## Where can I find the office wifi password?
id: wifi-password
alternates:
- what is the wifi password

It is printed on the back of your badge.
"""

CATEGORY_OF = {"reset-password": "Account", "change-email": "Account", "shipping-time": "Shipping",
               "track-order": "Shipping", "refund": "Billing", "wifi-password": None}


def write_shop_faq(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in [("account.md", ACCOUNT), ("shipping.md", SHIPPING), ("billing.md", BILLING),
                       ("misc.md", UNCATEGORISED)]:
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder
