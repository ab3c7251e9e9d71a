#!/usr/bin/env python3
"""Writes ../resources/io/github/zhibo/disclosure/golden-cases.jsonl: one article case per line.

Each case is a base snapshot that passes under its profile plus one change, with the findings the change
must produce written out by hand from the legal texts (rule, article, severity, path). Run it after editing
the case list; the test reads only the generated file.
"""
import copy, json, os

O, D = "ORDER_117", "DRAFT_2025"
ART = {
    "ORG": {O: "ORDER_117 Art. 25(1)", D: "DRAFT_2025 Art. 22(1)"},
    "NAT": {O: "ORDER_117 Art. 25(2)", D: "DRAFT_2025 Art. 22(2)"},
    "CHANGE": {O: "ORDER_117 Art. 25(3)", D: "DRAFT_2025 Art. 22(3)"},
    "SELLER": {O: "ORDER_117 Art. 26(1)", D: "DRAFT_2025 Art. 23(1)"},
    "LINK1": {O: "ORDER_117 Art. 26(2)1", D: "DRAFT_2025 Art. 23(2)1"},
    "LINK2": {O: "ORDER_117 Art. 26(2)2", D: "DRAFT_2025 Art. 23(2)2"},
    "LINK3": {O: "ORDER_117 Art. 26(2)3", D: "DRAFT_2025 Art. 23(2)3"},
    "LINK4": {O: "ORDER_117 Art. 26(2)3", D: "DRAFT_2025 Art. 23(2)4"},
    "PRODUCT": {O: "ORDER_117 Art. 32(1)", D: "DRAFT_2025 Art. 26(1)"},
    "PRICE": {O: "ORDER_117 Art. 32(1)", D: "DRAFT_2025 Art. 27(1)"},
    "PRODUCT_PRICE": {O: "ORDER_117 Art. 32(1)", D: "DRAFT_2025 Art. 27(1)"},
    "ROOM": {O: "ORDER_117 Art. 29(1)", D: "DRAFT_2025 Art. 29(1)"},
    "AI": {O: "ORDER_117 Art. 37(1)", D: "DRAFT_2025 Art. 30(1)"},
    "AGENCY": {D: "DRAFT_2025 Art. 16(1)"},
}

LINK_OK = {"hops": 1, "entryOnFirstScreen": True, "visiblePortrait": True, "visibleLandscape": True,
           "consecutiveVerifications": 0, "gates": [], "paginationFolded": False, "popupCovers": False,
           "dynamicLoadOnly": False, "mobileForcesExternalBrowser": False,
           "landing": {"name": "杭州某某食品商行", "address": "杭州市西湖区文三路2号", "contact": "0571-88880000"}}

def base(profile):
    return {
        "operator": {
            "type": "ORGANIZATION",
            "registry": {"name": "杭州某某科技有限公司", "uscc": "91330106MA27XY3K2M", "address": "杭州市西湖区文三路1号",
                         "requiredLicenceTypes": ["FOOD_BUSINESS"]},
            "displayed": {"location": "ACCOUNT_HOME" if profile == O else "LIVE_ROOM_HOME", "mode": "DIRECT",
                          "name": "杭州某某科技有限公司", "uscc": "91330106MA27XY3K2M", "address": "杭州市西湖区文三路1号",
                          "licences": [{"type": "FOOD_BUSINESS", "number": "JY13301060000001"}]},
            "changes": [{"changedOn": "2026-01-30", "reportedOn": "2026-02-04"}]},
        "agency": {"registryName": "杭州某某文化传媒有限公司", "registryProvince": "浙江",
                   "displayed": {"location": "LIVE_ROOM_HOME", "mode": "DIRECT", "name": "杭州某某文化传媒有限公司",
                                 "province": "浙江省", "city": "杭州市", "prominent": True, "tapsToReveal": 0}},
        "sellers": [{"productId": "p1", "registryName": "杭州某某食品商行", "mode": "DIRECT",
                     "shown": {"name": "杭州某某食品商行", "address": "杭州市西湖区文三路2号", "contact": "0571-88880000"},
                     "coverageRatio": 1.0, "switches": [{"atSec": 600, "newRegistryName": "杭州某某食品商行", "disclosureUpdatedAtSec": 603}]}],
        "products": [{"id": "p1", "kind": "GOODS", "name": "西湖龙井茶 250克", "spec": "250g/盒", "pricingUnit": "元/盒",
                      "price": {"actualFen": 9900, "displayedActualText": "¥99", "comparedFen": 19900, "comparedLabel": "划线价",
                                "comparedMeaningText": "划线价为本店该商品前7日最低成交价", "comparedMeaningDisclosed": True,
                                "displayedDiscount": "5折", "displayedReductionFen": 10000, "displayedReductionText": "立减100元",
                                "history": [{"daysBeforeComparison": 3, "priceFen": 19900, "valid": True},
                                            {"daysBeforeComparison": 6, "priceFen": 20900, "valid": True}]}},
                     {"id": "s1", "kind": "SERVICE", "name": "茶艺培训体验课", "serviceItem": "茶艺体验", "serviceContent": "两小时茶艺课",
                      "pricingMethod": "按次计费", "price": {"actualFen": 5000, "displayedActualText": "50元"}}],
        "texts": [{"field": "liveRoomTitle", "text": "春茶上新，第一次来直播间的朋友看过来", "category": "GENERAL"},
                  {"field": "intro", "text": "专注茶叶十年", "category": "GENERAL"}],
        "aiPersona": {"used": True, "labelText": "本场主播形象由人工智能生成", "labelCoverageRatio": 1.0, "labelMaxGapSec": 0.0,
                      "labelOccludedRatio": 0.0, "labelTextHeightPx": 60, "frameWidthPx": 1080, "frameHeightPx": 1920,
                      "presenterIntroText": "AI主播小茶", "replayAigcMetadataPresent": True}}

def at(s, path):
    cur = s
    for part in path.split("."):
        if "[" in part:
            k, i = part[:-1].split("[")
            cur = cur[k][int(i)]
        else:
            cur = cur[part]
    return cur

def put(path, value):
    def f(s):
        head, _, last = path.rpartition(".")
        target = at(s, head) if head else s
        if value is DELETE:
            target.pop(last, None)
        else:
            target[last] = copy.deepcopy(value)
    return f

DELETE = object()

def both(*fs):
    def f(s):
        for g in fs:
            g(s)
    return f

CASES = []

def case(name, profiles, change, findings, config=None):
    """findings: list of (rule, artKey, severity, path); artKey None = expect no article change."""
    for p in profiles:
        s = base(p)
        if change:
            change(s)
        exp = [{"rule": r, "article": ART[a][p], "severity": sev, "path": path} for (r, a, sev, path) in findings(p)]
        verdict = "FAIL" if any(e["severity"] == "VIOLATION" for e in exp) else "PASS"
        c = {"name": name + " / " + p, "profile": p, "snapshot": s, "verdict": verdict, "findings": exp}
        if config:
            c["config"] = config
        CASES.append(c)

BOTH = (O, D)
none = lambda p: []
V, W, I = "VIOLATION", "WARNING", "INFO"

# ---- passing bases and profile-specific passes ----
case("base snapshot passes", BOTH, None, none)
case("empty snapshot: absent sections are not checked", BOTH, lambda s: s.clear(), none)
case("ORDER_117 has no agency-display article: a bad agency display is not checked", (O,),
     put("agency.displayed", {"location": "NONE"}), none)

# ---- operator (Art. 25 / Art. 22) ----
case("organisation shown on the wrong page", BOTH,
     put("operator.displayed.location", "SETTINGS_MENU"), lambda p: [("OPERATOR.LOCATION", "ORG", V, "operator.displayed.location")])
case("organisation name is a short form", BOTH,
     put("operator.displayed.name", "某某科技"), lambda p: [("OPERATOR.NAME", "ORG", V, "operator.displayed.name")])
case("organisation name with full-width brackets equals the registry", BOTH,
     both(put("operator.registry.name", "某某(杭州)科技有限公司"), put("operator.displayed.name", "某某（杭州）科技有限公司")), none)
case("USCC with a wrong check character", BOTH,
     put("operator.displayed.uscc", "91330106MA27XY3K2N"), lambda p: [("OPERATOR.USCC", "ORG", V, "operator.displayed.uscc")])
case("USCC valid but not the registered one", BOTH,
     put("operator.displayed.uscc", "91110108MA01ABCD5T"), lambda p: [("OPERATOR.USCC", "ORG", V, "operator.displayed.uscc")])
case("USCC missing", BOTH,
     put("operator.displayed.uscc", DELETE), lambda p: [("OPERATOR.USCC", "ORG", V, "operator.displayed.uscc")])
case("address missing", BOTH,
     put("operator.displayed.address", ""), lambda p: [("OPERATOR.ADDRESS", "ORG", V, "operator.displayed.address")])
case("required food licence not shown", BOTH,
     put("operator.displayed.licences", []), lambda p: [("OPERATOR.LICENCE", "ORG", V, "operator.displayed.licences")])
case("food licence number malformed", BOTH,
     put("operator.displayed.licences", [{"type": "FOOD_BUSINESS", "number": "JY1330"}]),
     lambda p: [("OPERATOR.LICENCE", "ORG", V, "operator.displayed.licences[0]")])
case("full identity number in a public field", BOTH,
     put("operator.displayed.idNumber", "110105199003071234"),
     lambda p: [("OPERATOR.ID_NUMBER_PUBLIC", "ORG", V, "operator.displayed.idNumber")])
case("masked identity number in a public field is not a full number", BOTH,
     put("operator.displayed.idNumber", "1101**********1234"), none)
case("change reported on the third working day", BOTH, None, none)
case("change reported after the third working day", BOTH,
     put("operator.changes", [{"changedOn": "2026-01-30", "reportedOn": "2026-02-05"}]),
     lambda p: [("OPERATOR.CHANGE_REPORT", "CHANGE", V, "operator.changes[0]")])
case("change across the Spring Festival holiday reported in time", BOTH,
     put("operator.changes", [{"changedOn": "2026-02-13", "reportedOn": "2026-02-25"}]), none)
case("change across the Spring Festival holiday reported a day late", BOTH,
     put("operator.changes", [{"changedOn": "2026-02-13", "reportedOn": "2026-02-26"}]),
     lambda p: [("OPERATOR.CHANGE_REPORT", "CHANGE", V, "operator.changes[0]")])

IB_O = {"location": "ACCOUNT_HOME", "mode": "DIRECT", "name": "西湖区某某茶叶店", "operatorName": "王某", "uscc": "92440300L12345AB22",
        "address": "杭州市西湖区龙井路1号", "organisationForm": "个人经营"}
def ib(s):
    s["operator"] = {"type": "INDIVIDUAL_BUSINESS", "registry": {"name": "西湖区某某茶叶店", "uscc": "92440300L12345AB22"},
                     "displayed": copy.deepcopy(IB_O), "changes": []}
case("individual business shows its five items (ORDER_117 Art. 25(2))", (O,), ib, none)
case("individual business without organisation form", (O,), both(ib, put("operator.displayed.organisationForm", DELETE)),
     lambda p: [("OPERATOR.ORGANISATION_FORM", "NAT", V, "operator.displayed.organisationForm")])
case("individual business without operator name", (O,), both(ib, put("operator.displayed.operatorName", DELETE)),
     lambda p: [("OPERATOR.OPERATOR_NAME", "NAT", V, "operator.displayed.operatorName")])

def np_order(s):
    s["operator"] = {"type": "NATURAL_PERSON", "displayed": {"location": "ACCOUNT_HOME", "mode": "DIRECT", "address": "杭州市西湖区某路3号",
                     "contact": "0571-88881111", "agency": "杭州某某文化传媒有限公司"}, "changes": []}
def np_draft(s):
    s["operator"] = {"type": "NATURAL_PERSON", "displayed": {"location": "BACK_OFFICE", "mode": "DIRECT", "name": "王某",
                     "idNumber": "110105199003071234", "address": "杭州市西湖区某路3号", "contact": "0571-88881111",
                     "agency": "杭州某某文化传媒有限公司"}, "changes": []}
case("natural person public on the account home page (ORDER_117)", (O,), np_order, none)
case("natural person only in the back office (ORDER_117 needs it public)", (O,),
     both(np_order, put("operator.displayed.location", "BACK_OFFICE")),
     lambda p: [("OPERATOR.LOCATION", "NAT", V, "operator.displayed.location")])
case("natural person without contact (ORDER_117)", (O,), both(np_order, put("operator.displayed.contact", DELETE)),
     lambda p: [("OPERATOR.CONTACT", "NAT", V, "operator.displayed.contact")])
case("natural person without agency while one is known (ORDER_117)", (O,), both(np_order, put("operator.displayed.agency", "")),
     lambda p: [("OPERATOR.AGENCY", "NAT", V, "operator.displayed.agency")])
case("natural person names another agency than the registry's (ORDER_117)", (O,), both(np_order, put("operator.displayed.agency", "某某其他传媒")),
     lambda p: [("OPERATOR.AGENCY", "NAT", V, "operator.displayed.agency")])
case("natural person's identity number in the back office (DRAFT_2025)", (D,), np_draft, none)
case("natural person without identity number in the back office (DRAFT_2025)", (D,),
     both(np_draft, put("operator.displayed.idNumber", DELETE)),
     lambda p: [("OPERATOR.ID_NUMBER", "NAT", V, "operator.displayed.idNumber")])
case("natural person's identity number made public (DRAFT_2025)", (D,),
     both(np_draft, put("operator.displayed.location", "ACCOUNT_HOME")),
     lambda p: [("OPERATOR.ID_NUMBER_PUBLIC", "NAT", V, "operator.displayed.idNumber")])
case("natural person's information nowhere", BOTH,
     both(np_order, put("operator.displayed.location", "NONE")),
     lambda p: [("OPERATOR.LOCATION", "NAT", V, "operator.displayed.location")])

# ---- seller (Art. 26 / Art. 23) ----
case("seller name differs from the registry", BOTH, put("sellers[0].shown.name", "某某茶庄"),
     lambda p: [("SELLER.NAME_MISMATCH", "SELLER", V, "sellers[0].shown.name")])
case("seller contact missing", BOTH, put("sellers[0].shown.contact", DELETE),
     lambda p: [("SELLER.INFO_MISSING", "SELLER", V, "sellers[0].shown.contact")])
case("seller shown 99.5% of the time", BOTH, put("sellers[0].coverageRatio", 0.995),
     lambda p: [("SELLER.COVERAGE", "SELLER", V, "sellers[0].coverageRatio")])
case("seller shown 99.9% of the time", BOTH, put("sellers[0].coverageRatio", 0.999), none)
case("seller switch caught up after 6 s", BOTH, put("sellers[0].switches", [{"atSec": 600, "disclosureUpdatedAtSec": 606}]),
     lambda p: [("SELLER.SWITCH_LAG", "SELLER", V, "sellers[0].switches[0]")])
case("seller switch caught up after exactly 5 s", BOTH, put("sellers[0].switches", [{"atSec": 600, "disclosureUpdatedAtSec": 605}]), none)
case("seller switch lag within a configured 10 s", BOTH, put("sellers[0].switches", [{"atSec": 600, "disclosureUpdatedAtSec": 608}]),
     none, config={"sellerSwitchToleranceSec": 10})

def link(**kw):
    l = copy.deepcopy(LINK_OK)
    l.update(kw)
    def f(s):
        s["sellers"][0] = {"productId": "p1", "registryName": "杭州某某食品商行", "mode": "LINK", "coverageRatio": 1.0, "link": l}
    return f
case("seller by link passes", BOTH, link(), none)
case("link needs two jumps", BOTH, link(hops=2),
     lambda p: [("SELLER.LINK.HOPS", "LINK1", V if p == O else W, "sellers[0].link")])
case("link entry not on the first screen", BOTH, link(entryOnFirstScreen=False),
     lambda p: [("SELLER.LINK.ENTRY", "LINK1", V, "sellers[0].link")])
case("link entry hidden in landscape", BOTH, link(visibleLandscape=False),
     lambda p: [("SELLER.LINK.ENTRY", "LINK1", V, "sellers[0].link")])
case("link with two consecutive verifications", BOTH, link(consecutiveVerifications=2),
     lambda p: [("SELLER.LINK.VERIFICATION", "LINK2", V, "sellers[0].link")])
case("link with one verification", BOTH, link(consecutiveVerifications=1), none)
case("link with one verification when single verification is not allowed", BOTH, link(consecutiveVerifications=1),
     lambda p: [("SELLER.LINK.VERIFICATION", "LINK2", V, "sellers[0].link")], config={"singleVerificationAllowed": False})
case("link behind a forced follow", BOTH, link(gates=["FOLLOW"]),
     lambda p: [("SELLER.LINK.FORCED_FOLLOW", "LINK2", V, "sellers[0].link")])
case("link behind a comment gate", BOTH, link(gates=["COMMENT"]),
     lambda p: [("SELLER.LINK.COMMENT_GATE", "LINK2", V, "sellers[0].link")])
case("link behind a tipping gate", BOTH, link(gates=["TIP"]),
     lambda p: [("SELLER.LINK.TIPPING_GATE", "LINK2", V, "sellers[0].link")])
case("link covered by a pop-up", BOTH, link(popupCovers=True),
     lambda p: [("SELLER.LINK.POPUP", "LINK3", V, "sellers[0].link")])
case("link folded into pages", BOTH, link(paginationFolded=True),
     lambda p: [("SELLER.LINK.PAGINATION", "LINK3", W if p == O else V, "sellers[0].link")])
case("link only dynamically loaded", BOTH, link(dynamicLoadOnly=True),
     lambda p: [("SELLER.LINK.DYNAMIC_LOADING", "LINK3", W if p == O else V, "sellers[0].link")])
case("mobile forced to an external browser", BOTH, link(mobileForcesExternalBrowser=True),
     lambda p: [("SELLER.LINK.EXTERNAL_BROWSER", "LINK4", W if p == O else V, "sellers[0].link")])
case("landing page without contact", BOTH, link(landing={"name": "杭州某某食品商行", "address": "杭州市西湖区文三路2号"}),
     lambda p: [("SELLER.LINK.LANDING", "LINK1", V, "sellers[0].link.landing")])
case("landing page of another seller", BOTH, link(landing={"name": "别家食品店", "address": "x路1号", "contact": "0571-1"}),
     lambda p: [("SELLER.LINK.LANDING_MISMATCH", "LINK1", V, "sellers[0].link.landing")])

# ---- agency (DRAFT_2025 Art. 16 only) ----
case("agency shown by brand name", (D,), put("agency.displayed.name", "某某传媒"),
     lambda p: [("AGENCY.NAME", "AGENCY", V, "agency.displayed.name")])
case("agency without city", (D,), put("agency.displayed.city", DELETE),
     lambda p: [("AGENCY.PROVINCE_CITY", "AGENCY", V, "agency.displayed.city")])
case("agency city in another province", (D,), put("agency.displayed.city", "广州市"),
     lambda p: [("AGENCY.PROVINCE_CITY", "AGENCY", V, "agency.displayed.city")])
case("agency behind a menu", (D,), put("agency.displayed.tapsToReveal", 2),
     lambda p: [("AGENCY.PROMINENCE", "AGENCY", V, "agency.displayed")])
case("agency not displayed", (D,), put("agency.displayed.location", "NONE"),
     lambda p: [("AGENCY.NOT_DISPLAYED", "AGENCY", V, "agency.displayed")])
case("agency by a good link", (D,), both(put("agency.displayed", {"location": "LIVE_ROOM_HOME", "mode": "LINK", "prominent": True, "tapsToReveal": 0}),
     put("agency.link", dict(LINK_OK, landing={"name": "杭州某某文化传媒有限公司", "province": "浙江", "city": "杭州"}))), none)

AG_LINK_DISPLAY = {"location": "LIVE_ROOM_HOME", "mode": "LINK", "prominent": True, "tapsToReveal": 0}
AG_LANDING = {"name": "杭州某某文化传媒有限公司", "province": "浙江", "city": "杭州"}
case("agency link behind a forced follow", (D,), both(put("agency.displayed", AG_LINK_DISPLAY),
     put("agency.link", dict(LINK_OK, gates=["FOLLOW"], landing=AG_LANDING))),
     lambda p: [("AGENCY.LINK.FORCED_FOLLOW", "AGENCY", V, "agency.link")])
case("agency link landing without city", (D,), both(put("agency.displayed", AG_LINK_DISPLAY),
     put("agency.link", dict(LINK_OK, landing={"name": "杭州某某文化传媒有限公司", "province": "浙江"}))),
     lambda p: [("AGENCY.LINK.LANDING", "AGENCY", V, "agency.link.landing")])
case("agency by link without a link", (D,), put("agency.displayed", AG_LINK_DISPLAY),
     lambda p: [("AGENCY.LINK_MISSING", "AGENCY", V, "agency.link")])
case("agency shown on the account page instead of the live-room home page", (D,), put("agency.displayed.location", "ACCOUNT_HOME"),
     lambda p: [("AGENCY.LOCATION", "AGENCY", V, "agency.displayed.location")])

# ---- products (Art. 32 / Art. 26) ----
case("goods without pricing unit", BOTH, put("products[0].pricingUnit", DELETE),
     lambda p: [("PRODUCT.PRICING_UNIT", "PRODUCT", V, "products[0].pricingUnit")] if p == O else [])
case("goods without specification", BOTH, put("products[0].spec", ""),
     lambda p: [("PRODUCT.SPEC", "PRODUCT", V, "products[0].spec")] if p == D else [])
case("product named by its slot", BOTH, put("products[0].name", "3号链接"),
     lambda p: [("PRODUCT.NAME", "PRODUCT", V, "products[0].name")])
case("product named 福袋", BOTH, put("products[0].name", "福袋"),
     lambda p: [("PRODUCT.NAME", "PRODUCT", V, "products[0].name")])
case("service without pricing method", BOTH, put("products[1].pricingMethod", DELETE),
     lambda p: [("PRODUCT.PRICING_METHOD", "PRODUCT", V, "products[1].pricingMethod")] if p == O else [])
case("service without content", BOTH, put("products[1].serviceContent", DELETE),
     lambda p: [("PRODUCT.SERVICE_CONTENT", "PRODUCT", V, "products[1].serviceContent")])
case("product without a price", BOTH, put("products[1].price", DELETE),
     lambda p: [("PRODUCT.PRICE", "PRODUCT_PRICE", V, "products[1].price")])

# ---- prices (Art. 32 / Art. 27 + Order 56) ----
def price(**kw):
    def f(s):
        pr = s["products"][0]["price"]
        for k, v in kw.items():
            if v is DELETE:
                pr.pop(k, None)
            else:
                pr[k] = copy.deepcopy(v)
    return f
PD = "products[0].price"
def rate_case(name, compared, actual, shown, ok):
    case(name, BOTH, price(comparedFen=compared, actualFen=actual, displayedActualText=None, displayedDiscount=shown,
                           displayedReductionFen=DELETE, displayedReductionText=DELETE, history=DELETE),
         (lambda p: []) if ok else (lambda p: [("PRICE.DISCOUNT_RATE", "PRICE", V, PD + ".displayedDiscount")]))
def strip_none(c):
    pr = c["snapshot"]["products"][0]["price"]
    if pr.get("displayedActualText") is None:
        pr.pop("displayedActualText", None)
rate_case("199.00 -> 99.00 shown 5折", 19900, 9900, "5折", True)
rate_case("199.00 -> 99.00 shown 4.9折", 19900, 9900, "4.9折", False)
rate_case("199.00 -> 99.00 shown 4.97折 (half-up trap)", 19900, 9900, "4.97折", False)
rate_case("199.00 -> 99.00 shown 4.98折", 19900, 9900, "4.98折", True)
rate_case("100.00 -> 85.00 shown 85折", 10000, 8500, "85折", True)
rate_case("100.00 -> 85.00 shown 八五折", 10000, 8500, "八五折", True)
rate_case("99.99 -> 80.00 shown 8折 (sub-fen tolerance)", 9999, 8000, "8折", True)
rate_case("100.00 -> 50.00 shown 8折 (understated)", 10000, 5000, "8折", False)
rate_case("100.00 -> 70.00 shown 8折 (boundary)", 10000, 7000, "8折", False)
rate_case("100.00 -> 51.00 shown 半价", 10000, 5100, "半价", False)
rate_case("99.00 -> 89.00 shown 8.9折", 9900, 8900, "8.9折", False)
rate_case("99.00 -> 89.00 shown 9折", 9900, 8900, "9折", True)
rate_case("100.00 -> 80.00 shown 省20%", 10000, 8000, "省20%", True)
rate_case("100.00 -> 100.00 shown 10折", 10000, 10000, "10折", False)
rate_case("1000.00 -> 1.00 shown 0.1折", 100000, 100, "0.1折", True)
rate_case("100.00 -> 120.00 shown 8折 (compared below actual)", 10000, 12000, "8折", False)
case("reduction amount off by a fen", BOTH, price(displayedReductionFen=9999),
     lambda p: [("PRICE.REDUCTION_AMOUNT", "PRICE", V, PD + ".displayedReductionFen")])
case("reduction text says 立减90元", BOTH, price(displayedReductionText="立减90元"),
     lambda p: [("PRICE.REDUCTION_AMOUNT", "PRICE", V, PD + ".displayedReductionText")])
case("discount without a compared price", BOTH, price(comparedFen=DELETE, history=DELETE),
     lambda p: [("PRICE.COMPARED_MISSING", "PRICE", V, PD + ".comparedFen")])
case("compared price meaning not stated", BOTH,
     price(comparedMeaningText=DELETE, comparedMeaningDisclosed=DELETE, history=DELETE),
     lambda p: [("PRICE.COMPARED_MEANING", "PRICE", V, PD + ".comparedMeaningText")] if p == D else [])
case("unexplained compared price above the 7-day lowest price", BOTH,
     price(comparedMeaningText=DELETE, comparedMeaningDisclosed=DELETE,
           history=[{"daysBeforeComparison": 7, "priceFen": 15000, "valid": True}, {"daysBeforeComparison": 2, "priceFen": 19900, "valid": True}]),
     lambda p: ([("PRICE.COMPARED_MEANING", "PRICE", V, PD + ".comparedMeaningText")] if p == D else [])
     + [("PRICE.COMPARED_BASE", "PRICE", V, PD + ".comparedFen")])
case("lower price 8 days back is outside the window", (O,),
     price(comparedMeaningText=DELETE, comparedMeaningDisclosed=DELETE,
           history=[{"daysBeforeComparison": 8, "priceFen": 15000, "valid": True}, {"daysBeforeComparison": 2, "priceFen": 19900, "valid": True}]),
     none)
case("refunded low price does not count", (O,),
     price(comparedMeaningText=DELETE, comparedMeaningDisclosed=DELETE,
           history=[{"daysBeforeComparison": 3, "priceFen": 15000, "valid": False}, {"daysBeforeComparison": 2, "priceFen": 19900, "valid": True}]),
     none)
case("never sold: no base for the compared price", (O,),
     price(comparedMeaningText=DELETE, comparedMeaningDisclosed=DELETE, history=[]),
     lambda p: [("PRICE.COMPARED_BASE", "PRICE", V, PD + ".comparedFen")])
case("meaning claims a 7-day base that is false", BOTH,
     price(history=[{"daysBeforeComparison": 3, "priceFen": 12900, "valid": True}]),
     lambda p: [("PRICE.COMPARED_BASE", "PRICE", V, PD + ".comparedFen")])
case("MSRP labelled exactly and current", BOTH,
     price(comparedLabel="厂商建议零售价", comparedMeaningText=DELETE, history=DELETE,
           msrp={"fen": 19900, "lastChangedDaysAgo": 40, "comparedUpdatedAfterChange": True}), none)
case("MSRP labelled 建议价", BOTH,
     price(comparedLabel="建议价", comparedMeaningText=DELETE, history=DELETE,
           msrp={"fen": 19900, "lastChangedDaysAgo": 40, "comparedUpdatedAfterChange": True}),
     lambda p: [("PRICE.MSRP", "PRICE", V, PD + ".comparedLabel")])
case("MSRP stale after a change", BOTH,
     price(comparedLabel="厂商建议零售价", comparedMeaningText=DELETE, history=DELETE,
           msrp={"fen": 17900, "lastChangedDaysAgo": 2, "comparedUpdatedAfterChange": False}),
     lambda p: [("PRICE.MSRP", "PRICE", V, PD + ".msrp")])
case("tag price raised 20% ten days before the promotion", BOTH,
     price(raisedBeforePromo={"previousTagFen": 15900, "raisedDaysBeforePromo": 10}),
     lambda p: [("PRICE.RAISED_BEFORE_PROMO", "PRICE", V, PD + ".raisedBeforePromo")])
case("tag price raised 60 days before the promotion", BOTH,
     price(raisedBeforePromo={"previousTagFen": 15900, "raisedDaysBeforePromo": 60}), none)
case("live-room price below the detail page", BOTH, price(detailPagePriceFen=10900),
     lambda p: [("PRICE.PAGE_MISMATCH", "PRICE", V, PD + ".detailPagePriceFen")])
case("live-room price below checkout", BOTH, price(checkoutPriceFen=9950),
     lambda p: [("PRICE.PAGE_MISMATCH", "PRICE", V, PD + ".checkoutPriceFen")])
case("coupon threshold the offer cannot reach", BOTH,
     price(conditions={"couponAmountFen": 3000, "couponThresholdFen": 30000, "unitsInOffer": 1, "disclosed": True},
           displayedFinalPriceFen=6900),
     lambda p: [("PRICE.CONDITIONS", "PRICE", V, PD + ".conditions"), ("PRICE.FINAL_PRICE", "PRICE", V, PD + ".displayedFinalPriceFen")])
case("coupon reachable, final price right", BOTH,
     price(conditions={"couponAmountFen": 3000, "couponThresholdFen": 9900, "unitsInOffer": 1, "disclosed": True},
           displayedFinalPriceFen=6900, displayedFinalPriceText="到手价69元"), none)
case("conditions not disclosed", BOTH,
     price(conditions={"couponAmountFen": 3000, "couponThresholdFen": 9900, "unitsInOffer": 1, "disclosed": False}),
     lambda p: [("PRICE.CONDITIONS", "PRICE", V, PD + ".conditions")])
case("price text in yuan for a fen value", BOTH, price(displayedActualText="¥9900"),
     lambda p: [("PRICE.TEXT_MISMATCH", "PRICE", V, PD + ".displayedActualText")])
case("comparison behind a link two jumps deep", BOTH,
     price(comparisonInfoMode="LINK", comparisonLink={"hops": 2, "showsBase": True}),
     lambda p: [("PRICE.COMPARISON_LINK", "PRICE", V, PD + ".comparisonLink")])

# ---- texts (Art. 29) ----
def text(t, category="GENERAL", evidence=None, i=0):
    def f(s):
        s["texts"][i] = {"field": "liveRoomTitle", "text": t, "category": category}
        if evidence:
            s["texts"][i]["evidence"] = evidence
    return f
case("absolute term in the title", BOTH, text("全网最佳好茶"), lambda p: [("TEXT.ABSOLUTE_TERM", "ROOM", V, "texts[0]")])
case("absolute term in full width and traditional characters", BOTH, text("全網第一好茶"),
     lambda p: [("TEXT.ABSOLUTE_TERM", "ROOM", V, "texts[0]")])
case("absolute term split by separators and a zero-width space", BOTH, text("最\u200b·佳好茶"),
     lambda p: [("TEXT.ABSOLUTE_TERM", "ROOM", V, "texts[0]")])
case("allow cover: 第一次 and 第一时间", BOTH, text("第一次直播，第一时间发货"), none)
case("consumption tip: 最佳赏味期", BOTH, text("最佳赏味期为三个月"), none)
case("Latin boundary: TOP10 is not TOP1", BOTH, text("本周TOP10好物"), none)
case("standard grade with its basis", BOTH, text("特级初榨橄榄油", evidence={"gradeBasisProvided": True, "gradeStandardRef": "GB/T 23347"}), none)
case("standard grade without its basis", BOTH, text("特级初榨橄榄油"), lambda p: [("TEXT.ABSOLUTE_TERM", "ROOM", V, "texts[0]")])
case("bounded sales fact with evidence", BOTH,
     text("2025年天猫茶叶类目销量第一", evidence={"claimPeriodStated": True, "claimScopeStated": True, "evidenceOnFile": True}), none)
case("verified registered trademark containing an absolute term", BOTH,
     text("极品茗茶旗舰店", evidence={"registeredTrademark": "极品茗茶", "trademarkVerified": True}), none)
case("false authority", BOTH, text("人民大会堂特供茶"), lambda p: [("TEXT.FALSE_AUTHORITY", "ROOM", V, "texts[0]")])
case("vague urgency is a warning", BOTH, text("随时涨价快下单"), lambda p: [("TEXT.MISLEADING_CLAIM", "ROOM", W, "texts[0]")])
case("vague urgency with evasion is a violation", BOTH, text("随 时 涨 价"), lambda p: [("TEXT.MISLEADING_CLAIM", "ROOM", V, "texts[0]")])
case("official flagship without authorisation", BOTH, text("官方旗舰直播间"), lambda p: [("TEXT.MISLEADING_CLAIM", "ROOM", V, "texts[0]")])
case("official flagship with authorisation", BOTH, text("官方旗舰直播间", evidence={"officialAuthorizationOnFile": True}), none)
case("cure claim", BOTH, text("喝了根治失眠"), lambda p: [("TEXT.SENSITIVE_CLAIM", "ROOM", V, "texts[0]")])
case("medical text: no exemption for a bounded fact", BOTH,
     text("销量第一的护肝片", category="MEDICAL", evidence={"claimPeriodStated": True, "claimScopeStated": True, "evidenceOnFile": True}),
     lambda p: [("TEXT.ABSOLUTE_TERM", "ROOM", V, "texts[0]")])
case("finance claim", BOTH, text("稳赚不赔的理财课", category="FINANCE"), lambda p: [("TEXT.SENSITIVE_CLAIM", "ROOM", V, "texts[0]")])
case("education claim in the second text", BOTH, text("考证保过班", category="EDUCATION", i=1),
     lambda p: [("TEXT.SENSITIVE_CLAIM", "ROOM", V, "texts[1]")])
case("separators beyond the gap budget do not join a term", BOTH, text("最   佳"), none)
case("a wider gap budget joins them", BOTH, text("最   佳"), lambda p: [("TEXT.ABSOLUTE_TERM", "ROOM", V, "texts[0]")],
     config={"textSkipMaxGap": 3})
case("pinyin evasion off by default", BOTH, text("zui佳好茶"), none)
case("pinyin evasion with pinyinMatching", BOTH, text("zui佳好茶"), lambda p: [("TEXT.ABSOLUTE_TERM", "ROOM", V, "texts[0]")],
     config={"pinyinMatching": True})

# ---- AI persona (Art. 37 / Art. 30) ----
AP = "aiPersona"
def ai(**kw):
    def f(s):
        for k, v in kw.items():
            if v is DELETE:
                s[AP].pop(k, None)
            else:
                s[AP][k] = v
    return f
case("AI label missing", BOTH, ai(labelText=DELETE), lambda p: [("AI.LABEL_MISSING", "AI", V, AP)])
case("AI label says only 虚拟主播", BOTH, ai(labelText="虚拟主播"), lambda p: [("AI.LABEL_TEXT", "AI", V, AP + ".labelText")])
case("AI label in half-width 'AI合成'", BOTH, ai(labelText="ＡＩ合成"), none)
case("AI label exactly 5% of the shorter side", BOTH, ai(labelTextHeightPx=54), none)
case("AI label below 5% of the shorter side", BOTH, ai(labelTextHeightPx=53), lambda p: [("AI.LABEL_SIZE", "AI", V, AP + ".labelTextHeightPx")])
case("AI label gap of 1.5 s", BOTH, ai(labelMaxGapSec=1.5), lambda p: [("AI.LABEL_CONTINUITY", "AI", V, AP + ".labelMaxGapSec")])
case("AI label gap of 1.5 s with a 2 s budget", BOTH, ai(labelMaxGapSec=1.5), none, config={"aiLabelMaxGapSec": 2.0})
case("AI label shown 99% of the time", BOTH, ai(labelCoverageRatio=0.99), lambda p: [("AI.LABEL_CONTINUITY", "AI", V, AP + ".labelCoverageRatio")])
case("AI label occluded 5% of the time", BOTH, ai(labelOccludedRatio=0.05), lambda p: [("AI.LABEL_OCCLUDED", "AI", V, AP + ".labelOccludedRatio")])
case("AI persona introduced as a real person", BOTH, ai(presenterIntroText="真人主播小茶"),
     lambda p: [("AI.IMPERSONATION", "AI", V, AP + ".presenterIntroText")])
case("AI persona introduced as not a real person", BOTH, ai(presenterIntroText="非真人主播，AI形象"), none)
case("replay without AIGC metadata", BOTH, ai(replayAigcMetadataPresent=False),
     lambda p: [("AI.REPLAY_METADATA", "AI", V if p == O else W, AP + ".replayAigcMetadataPresent")])
case("no AI persona used: nothing to label", BOTH, ai(used=False, labelText=DELETE), none)

for c in CASES:
    strip_none(c) if c["snapshot"].get("products") else None

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "io", "github", "zhibo", "disclosure", "golden-cases.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in CASES:
        f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
print(len(CASES), "cases")
