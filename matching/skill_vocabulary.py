"""The skills the matcher knows by name, in English, Vietnamese and Japanese.

Each entry has a canonical key (lower-case English, the form stored and compared), the sectors
whose work it belongs to (empty = useful anywhere) and the names people write for it. The first
name in each language is the one shown to readers of that language. ``matching.skills`` folds
case, width, punctuation and Vietnamese tone-mark placement before looking names up, so the lists
hold each spelling once, not every capitalisation.

To add a skill, add an entry; to teach the matcher another way of writing one, add the name to the
entry's list. A name must not belong to two entries (a test checks this).
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Skill:
    key: str
    sectors: tuple[str, ...]
    en: tuple[str, ...]
    vi: tuple[str, ...] = ()
    ja: tuple[str, ...] = ()


# One line per language keeps each skill readable at a glance; the formatter would
# otherwise put every name on its own line.
# fmt: off
SKILLS: tuple[Skill, ...] = (
    # --- Useful in many fields -----------------------------------------------------------------
    Skill(
        "forklift", ("industrial_manufacturing", "food_manufacturing", "automobile_transport", "aviation", "wood_industry", "agriculture"),
        en=("forklift", "forklift operation", "forklift driving", "forklift operator", "forklift licence", "forklift license", "fork lift"),
        vi=("lái xe nâng", "xe nâng", "xe nâng hàng", "lái xe nâng hàng", "vận hành xe nâng", "chứng chỉ lái xe nâng"),
        ja=("フォークリフト", "フォークリフト運転", "フォークリフト免許", "フォークリフト操作", "フォークリフト運転技能講習"),
    ),
    Skill(
        "crane", ("construction", "shipbuilding", "industrial_manufacturing"),
        en=("crane operation", "crane", "overhead crane", "crane operator"),
        vi=("vận hành cần cẩu", "cần cẩu", "cẩu trục", "lái cẩu"),
        ja=("クレーン", "クレーン運転", "クレーン操作", "天井クレーン"),
    ),
    Skill(
        "slinging", ("construction", "shipbuilding", "industrial_manufacturing"),
        en=("slinging", "rigging", "sling work", "crane signalling", "crane signaling"),
        vi=("móc cáp", "móc cẩu", "buộc móc cáp", "móc cáp cẩu"),
        ja=("玉掛け", "玉掛"),
    ),
    Skill(
        # Inspection and quality control are one skill on a factory floor: checking work
        # against a standard, so "QC" meets "quality inspection".
        "quality inspection", ("industrial_manufacturing", "food_manufacturing", "wood_industry", "semiconductor"),
        en=("quality inspection", "inspection", "product inspection", "visual inspection", "quality check", "quality checks", "quality control", "qc", "quality assurance", "qa", "quality management", "food quality inspection", "food inspection"),
        vi=("kiểm tra chất lượng", "kiểm tra sản phẩm", "kiểm hàng", "kiểm tra ngoại quan", "quản lý chất lượng", "kiểm soát chất lượng", "đảm bảo chất lượng", "kiểm tra chất lượng thực phẩm"),
        ja=("品質検査", "検品", "検査", "製品検査", "外観検査", "品質管理", "品質保証", "QC", "食品検査"),
    ),
    Skill(
        "5s", ("industrial_manufacturing", "food_manufacturing", "wood_industry"),
        en=("5s", "5s activities", "kaizen 5s"),
        vi=("5s", "hoạt động 5s"),
        ja=("5S", "5S活動", "整理整頓"),
    ),
    Skill(
        "kaizen", ("industrial_manufacturing", "food_manufacturing", "wood_industry"),
        en=("kaizen", "continuous improvement"),
        vi=("cải tiến", "cải tiến liên tục"),
        ja=("改善", "改善活動", "カイゼン"),
    ),
    Skill(
        "occupational safety", (),
        en=("occupational safety", "workplace safety", "safety management", "health and safety", "labour safety", "labor safety", "site safety"),
        vi=("an toàn lao động", "vệ sinh an toàn lao động", "an toàn vệ sinh lao động"),
        ja=("安全管理", "労働安全", "労働安全衛生", "安全衛生"),
    ),
    Skill(
        "first aid", (),
        en=("first aid",),
        vi=("sơ cứu", "sơ cấp cứu"),
        ja=("応急処置", "応急手当", "救急法"),
    ),
    Skill(
        "teamwork", (),
        en=("teamwork", "team work", "working in a team"),
        vi=("làm việc nhóm", "kỹ năng làm việc nhóm"),
        ja=("チームワーク", "協調性"),
    ),
    Skill(
        "japanese conversation", (),
        en=("japanese conversation", "spoken japanese", "japanese communication"),
        vi=("giao tiếp tiếng nhật", "tiếng nhật giao tiếp", "nói tiếng nhật"),
        ja=("日本語会話", "日本語でのコミュニケーション"),
    ),
    Skill(
        "english", (),
        en=("english", "english language", "business english"),
        vi=("tiếng anh",),
        ja=("英語", "ビジネス英語"),
    ),
    Skill(
        "vietnamese japanese interpreting", (),
        en=("vietnamese japanese interpreting", "interpreting", "interpretation", "translation", "interpreter"),
        vi=("phiên dịch", "biên phiên dịch", "thông dịch", "biên dịch"),
        ja=("通訳", "翻訳", "通訳翻訳"),
    ),
    Skill(
        "office software", (),
        en=("office software", "microsoft office", "ms office", "computer skills", "word and excel"),
        vi=("tin học văn phòng", "vi tính văn phòng"),
        ja=("オフィスソフト", "パソコン操作", "ワード・エクセル"),
    ),
    Skill(
        "excel", (),
        en=("excel", "microsoft excel", "ms excel", "spreadsheets"),
        vi=("excel",),
        ja=("エクセル", "Excel"),
    ),
    Skill(
        "driving licence", ("automobile_transport", "agriculture", "construction"),
        en=("driving licence", "driving license", "driver's license", "driver's licence", "drivers license", "car licence", "car license"),
        vi=("bằng lái xe", "giấy phép lái xe", "bằng lái ô tô", "bằng lái"),
        ja=("運転免許", "普通自動車免許", "普通免許", "自動車運転免許"),
    ),
    Skill(
        "packing", ("industrial_manufacturing", "food_manufacturing", "wood_industry", "agriculture", "fishery"),
        en=("packing", "packaging", "packing and labelling", "boxing", "packing line"),
        vi=("đóng gói", "đóng gói sản phẩm", "đóng thùng"),
        ja=("梱包", "包装", "箱詰め", "パッキング"),
    ),
    Skill(
        "picking", ("industrial_manufacturing", "food_manufacturing", "automobile_transport", "aviation"),
        en=("picking", "order picking", "warehouse picking"),
        vi=("soạn hàng", "lấy hàng"),
        ja=("ピッキング",),
    ),
    Skill(
        "warehouse management", ("industrial_manufacturing", "food_manufacturing", "automobile_transport", "aviation"),
        en=("warehouse management", "inventory management", "stock control", "warehouse work", "warehousing"),
        vi=("quản lý kho", "thủ kho", "quản lý hàng tồn kho"),
        ja=("倉庫管理", "在庫管理", "倉庫作業"),
    ),
    Skill(
        "cargo handling", ("automobile_transport", "aviation", "fishery"),
        en=("cargo handling", "loading and unloading", "freight handling"),
        vi=("bốc xếp", "bốc xếp hàng hóa", "bốc dỡ hàng hóa"),
        ja=("荷役", "荷物の積み下ろし", "積み下ろし"),
    ),
    Skill(
        "customer service", ("food_service", "accommodation", "aviation", "railway"),
        en=("customer service", "front of house", "hospitality service", "customer care"),
        vi=("phục vụ khách hàng", "chăm sóc khách hàng", "phục vụ", "tiếp khách"),
        ja=("接客", "接客サービス", "おもてなし"),
    ),
    Skill(
        "table service", ("food_service", "accommodation"),
        en=("serving customers", "table service", "restaurant service", "waiting tables", "waiter", "waitress", "hall staff", "serving"),
        vi=("phục vụ bàn", "phục vụ nhà hàng", "bồi bàn"),
        ja=("ホール接客", "ホールスタッフ", "ホール業務", "レストランサービス", "配膳"),
    ),
    Skill(
        "cashier", ("food_service", "accommodation"),
        en=("cashier", "cash register", "till", "pos operation"),
        vi=("thu ngân",),
        ja=("レジ", "レジ打ち"),
    ),
    # --- Nursing care ---------------------------------------------------------------------------
    Skill(
        "elderly care", ("nursing_care",),
        en=("elderly care", "caregiving", "care work", "care worker", "kaigo", "aged care", "personal care", "nursing care"),
        vi=("chăm sóc người cao tuổi", "chăm sóc người già", "điều dưỡng", "hộ lý", "chăm sóc điều dưỡng", "điều dưỡng viên", "kaigo"),
        ja=("介護", "高齢者介護", "介護業務", "身体介護", "介護職"),
    ),
    Skill(
        "bathing assistance", ("nursing_care",),
        en=("bathing assistance", "bathing support", "bath assistance", "bathing care", "helping with bathing"),
        vi=("hỗ trợ tắm", "hỗ trợ tắm rửa", "tắm cho người cao tuổi", "giúp tắm", "hỗ trợ tắm cho người cao tuổi"),
        ja=("入浴介助", "入浴支援", "入浴ケア"),
    ),
    Skill(
        "meal assistance", ("nursing_care",),
        en=("meal assistance", "feeding assistance", "eating assistance", "mealtime support"),
        vi=("hỗ trợ ăn uống", "hỗ trợ ăn", "giúp ăn uống", "hỗ trợ bữa ăn"),
        ja=("食事介助", "食事支援"),
    ),
    Skill(
        "toileting assistance", ("nursing_care",),
        en=("toileting assistance", "toilet assistance", "excretion assistance", "continence care", "toileting support"),
        vi=("hỗ trợ vệ sinh cá nhân", "hỗ trợ bài tiết", "hỗ trợ đi vệ sinh", "hỗ trợ vệ sinh"),
        ja=("排泄介助", "排せつ介助", "トイレ介助", "おむつ交換"),
    ),
    Skill(
        "transfer assistance", ("nursing_care",),
        en=("transfer assistance", "mobility assistance", "moving assistance", "wheelchair assistance", "patient transfer"),
        vi=("hỗ trợ di chuyển", "hỗ trợ di chuyển người bệnh", "hỗ trợ xe lăn"),
        ja=("移乗介助", "移動介助", "車いす介助", "車椅子介助"),
    ),
    Skill(
        "dressing assistance", ("nursing_care",),
        en=("dressing assistance", "help with dressing", "changing clothes assistance"),
        vi=("hỗ trợ thay quần áo", "hỗ trợ mặc quần áo"),
        ja=("着脱介助", "更衣介助"),
    ),
    Skill(
        "care records", ("nursing_care",),
        en=("care records", "care record keeping", "care documentation", "nursing records", "care notes"),
        vi=("ghi chép hồ sơ chăm sóc", "ghi chép nhật ký chăm sóc", "ghi hồ sơ chăm sóc", "ghi chép chăm sóc"),
        ja=("介護記録", "ケア記録", "記録業務"),
    ),
    Skill(
        "dementia care", ("nursing_care",),
        en=("dementia care", "dementia support", "care for people with dementia"),
        vi=("chăm sóc người sa sút trí tuệ", "chăm sóc người mất trí nhớ", "chăm sóc người bệnh sa sút trí tuệ"),
        ja=("認知症ケア", "認知症介護"),
    ),
    Skill(
        "vital signs", ("nursing_care",),
        en=("vital signs", "vital signs monitoring", "vital check", "blood pressure measurement"),
        vi=("đo sinh hiệu", "đo dấu hiệu sinh tồn", "đo huyết áp", "theo dõi sinh hiệu"),
        ja=("バイタルチェック", "バイタル測定", "血圧測定"),
    ),
    Skill(
        "recreation activities", ("nursing_care",),
        en=("recreation activities", "recreation", "leisure activities for residents"),
        vi=("tổ chức hoạt động giải trí", "hoạt động giải trí"),
        ja=("レクリエーション", "レクリエーション活動"),
    ),
    Skill(
        "night shift care", ("nursing_care",),
        en=("night shift care", "night shifts", "night care"),
        vi=("chăm sóc ca đêm", "làm ca đêm"),
        ja=("夜勤介護", "夜勤"),
    ),
    Skill(
        "initial care training", ("nursing_care",),
        en=("initial care training", "care worker initial training", "kaigo shokuin shoninsha kenshu"),
        vi=("chứng chỉ chăm sóc sơ cấp", "đào tạo điều dưỡng sơ cấp"),
        ja=("介護職員初任者研修", "初任者研修"),
    ),
    # --- Building cleaning and accommodation ----------------------------------------------------
    Skill(
        "cleaning", ("building_cleaning", "accommodation"),
        en=("cleaning", "building cleaning", "office cleaning", "janitorial work", "commercial cleaning"),
        vi=("vệ sinh tòa nhà", "dọn vệ sinh", "vệ sinh công nghiệp", "dọn dẹp", "làm sạch", "lau dọn"),
        ja=("清掃", "ビルクリーニング", "清掃作業", "ビル清掃", "日常清掃"),
    ),
    Skill(
        "floor care", ("building_cleaning",),
        en=("floor care", "floor polishing", "floor cleaning", "floor waxing", "floor scrubbing"),
        vi=("đánh bóng sàn", "vệ sinh sàn", "lau sàn", "chà sàn"),
        ja=("床洗浄", "床清掃", "床面洗浄", "ワックスがけ"),
    ),
    Skill(
        "window cleaning", ("building_cleaning",),
        en=("window cleaning", "glass cleaning"),
        vi=("lau kính", "vệ sinh kính", "lau cửa kính"),
        ja=("窓清掃", "ガラス清掃", "窓ガラス清掃"),
    ),
    Skill(
        "restroom cleaning", ("building_cleaning", "accommodation"),
        en=("restroom cleaning", "toilet cleaning", "washroom cleaning"),
        vi=("vệ sinh nhà vệ sinh", "dọn nhà vệ sinh"),
        ja=("トイレ清掃",),
    ),
    Skill(
        "carpet cleaning", ("building_cleaning",),
        en=("carpet cleaning", "carpet shampooing"),
        vi=("giặt thảm", "vệ sinh thảm"),
        ja=("カーペット洗浄", "カーペット清掃"),
    ),
    Skill(
        "cleaning machines", ("building_cleaning",),
        en=("cleaning machine operation", "cleaning machines", "floor scrubber", "polisher"),
        vi=("vận hành máy chà sàn", "máy chà sàn", "máy đánh sàn"),
        ja=("ポリッシャー操作", "ポリッシャー", "自動床洗浄機"),
    ),
    Skill(
        "waste sorting", ("building_cleaning", "accommodation"),
        en=("waste sorting", "recycling sorting", "rubbish sorting", "garbage sorting"),
        vi=("phân loại rác", "phân loại rác thải"),
        ja=("ゴミ分別", "ごみ分別"),
    ),
    Skill(
        "hospital cleaning", ("building_cleaning",),
        en=("hospital cleaning", "medical facility cleaning"),
        vi=("vệ sinh bệnh viện",),
        ja=("病院清掃",),
    ),
    Skill(
        "bath facility cleaning", ("accommodation", "building_cleaning"),
        en=("bath facility cleaning", "onsen cleaning", "public bath cleaning"),
        vi=("vệ sinh khu tắm onsen", "vệ sinh nhà tắm công cộng"),
        ja=("大浴場清掃", "浴場清掃", "温泉清掃"),
    ),
    Skill(
        "housekeeping", ("accommodation", "building_cleaning"),
        en=("housekeeping", "room cleaning", "guest room cleaning", "room attendant", "hotel housekeeping"),
        vi=("dọn phòng", "buồng phòng", "dọn phòng khách sạn", "nhân viên buồng phòng"),
        ja=("客室清掃", "ハウスキーピング", "ルームメイク"),
    ),
    Skill(
        "bed making", ("accommodation", "nursing_care"),
        en=("bed making", "bedmaking", "making beds"),
        vi=("trải giường", "làm giường", "thay ga giường"),
        ja=("ベッドメイキング", "ベッドメイク", "シーツ交換"),
    ),
    Skill(
        "front desk", ("accommodation",),
        en=("front desk", "reception", "receptionist", "hotel reception", "check in and check out", "front office"),
        vi=("lễ tân", "lễ tân khách sạn", "tiếp tân"),
        ja=("フロント", "フロント業務", "受付", "ホテルフロント"),
    ),
    Skill(
        "reservation system", ("accommodation",),
        en=("reservation system", "reservations", "booking system", "hotel reservations"),
        vi=("hệ thống đặt phòng", "đặt phòng"),
        ja=("予約システム", "予約管理"),
    ),
    # --- Manufacturing ---------------------------------------------------------------------------
    Skill(
        "welding", ("industrial_manufacturing", "construction", "shipbuilding", "automobile_repair"),
        en=("welding", "welder", "arc welding", "tig welding", "mig welding", "co2 welding", "semi automatic welding", "mag welding", "gas welding"),
        vi=("hàn", "hàn điện", "hàn tig", "hàn mig", "hàn co2", "hàn hồ quang", "thợ hàn", "kỹ thuật hàn", "hàn kim loại", "hàn bán tự động"),
        ja=("溶接", "アーク溶接", "TIG溶接", "半自動溶接", "溶接工", "CO2溶接", "ガス溶接"),
    ),
    Skill(
        "soldering", ("industrial_manufacturing", "semiconductor"),
        en=("soldering", "pcb soldering", "hand soldering"),
        vi=("hàn thiếc", "hàn mạch", "hàn linh kiện"),
        ja=("はんだ付け", "半田付け", "ハンダ付け"),
    ),
    Skill(
        "machining", ("industrial_manufacturing", "engineering"),
        en=("machining", "cnc", "cnc machining", "cnc operation", "lathe", "lathe operation", "milling", "cnc lathe", "machine tools", "turning"),
        vi=("gia công cơ khí", "tiện", "phay", "vận hành máy cnc", "gia công cnc", "tiện cnc", "phay cnc", "tiện phay"),
        ja=("機械加工", "旋盤", "フライス盤", "NC旋盤", "マシニングセンタ", "切削加工", "CNC加工"),
    ),
    Skill(
        "press work", ("industrial_manufacturing",),
        en=("press work", "press operation", "press machine", "metal pressing", "stamping", "press"),
        vi=("dập", "dập kim loại", "vận hành máy dập", "đột dập"),
        ja=("プレス", "プレス加工", "プレス作業", "金属プレス"),
    ),
    Skill(
        "assembly", ("industrial_manufacturing", "automobile_repair", "shipbuilding"),
        en=("assembly", "product assembly", "assembly line", "parts assembly", "machine assembly", "mechanical assembly"),
        vi=("lắp ráp", "lắp ráp sản phẩm", "lắp ráp linh kiện", "dây chuyền lắp ráp"),
        ja=("組立", "組み立て", "組立作業", "部品組立"),
    ),
    Skill(
        "electronic assembly", ("industrial_manufacturing", "semiconductor"),
        en=("electronic assembly", "electronics assembly", "electronic components assembly", "pcb assembly"),
        vi=("lắp ráp linh kiện điện tử", "lắp ráp điện tử", "lắp ráp bo mạch"),
        ja=("電子部品組立", "電子機器組立", "基板組立"),
    ),
    Skill(
        "painting", ("industrial_manufacturing", "construction", "shipbuilding", "automobile_repair"),
        en=("painting", "spray painting", "coating", "industrial painting", "painter", "ship painting", "car painting", "automotive painting"),
        vi=("sơn", "sơn phun", "phun sơn", "thợ sơn", "sơn công nghiệp", "sơn tàu", "sơn xe", "sơn ô tô"),
        ja=("塗装", "吹付塗装", "スプレー塗装", "塗装工", "船舶塗装", "自動車塗装"),
    ),
    Skill(
        "casting", ("industrial_manufacturing",),
        en=("casting", "foundry", "die casting", "metal casting"),
        vi=("đúc", "đúc kim loại", "đúc khuôn"),
        ja=("鋳造", "ダイカスト"),
    ),
    Skill(
        "plastic molding", ("industrial_manufacturing",),
        en=("plastic molding", "plastic moulding", "injection molding", "injection moulding"),
        vi=("ép nhựa", "đúc nhựa", "ép phun nhựa"),
        ja=("プラスチック成形", "射出成形", "樹脂成形"),
    ),
    Skill(
        "plating", ("industrial_manufacturing",),
        en=("plating", "electroplating", "metal plating"),
        vi=("mạ", "mạ điện", "xi mạ", "mạ kim loại"),
        ja=("めっき", "メッキ", "電気めっき"),
    ),
    Skill(
        "grinding", ("industrial_manufacturing",),
        en=("grinding", "polishing", "finishing"),
        vi=("mài", "đánh bóng", "mài nhẵn"),
        ja=("研磨", "研削", "仕上げ", "グラインダー", "グラインダー作業"),
    ),
    Skill(
        "sheet metal", ("industrial_manufacturing", "automobile_repair", "shipbuilding"),
        en=("sheet metal", "sheet metal work", "sheet metal fabrication", "panel beating", "bodywork", "body repair", "car body repair"),
        vi=("gò", "gia công kim loại tấm", "gò hàn", "gia công tôn", "gò hàn thân xe"),
        ja=("板金", "板金加工", "鈑金"),
    ),
    Skill(
        "equipment maintenance", ("industrial_manufacturing", "semiconductor", "engineering", "food_manufacturing"),
        en=("equipment maintenance", "machine maintenance", "maintenance", "plant maintenance", "preventive maintenance", "machinery maintenance"),
        vi=("bảo trì máy", "bảo trì máy móc", "bảo dưỡng máy móc", "bảo trì thiết bị", "bảo dưỡng thiết bị"),
        ja=("機械保全", "設備保全", "装置保全", "設備メンテナンス", "メンテナンス"),
    ),
    Skill(
        "electrical wiring", ("construction", "industrial_manufacturing", "engineering"),
        en=("electrical wiring", "electrical work", "electrical installation", "electrician", "wiring"),
        vi=("đi dây điện", "lắp đặt điện", "thợ điện", "điện dân dụng", "điện công nghiệp"),
        ja=("電気配線", "電気工事", "配線作業", "電気工事士"),
    ),
    Skill(
        "blueprint reading", ("industrial_manufacturing", "construction", "shipbuilding", "engineering"),
        en=("blueprint reading", "drawing reading", "reading drawings", "technical drawing", "reading blueprints", "reading technical drawings"),
        vi=("đọc bản vẽ", "đọc bản vẽ kỹ thuật", "bản vẽ kỹ thuật"),
        ja=("図面読解", "図面の読み取り", "図面を読む"),
    ),
    Skill(
        "production line", ("industrial_manufacturing", "food_manufacturing", "wood_industry"),
        en=("production line", "line work", "factory work", "production work", "manufacturing line", "production line work"),
        vi=("dây chuyền sản xuất", "công nhân sản xuất", "làm việc trên dây chuyền", "công nhân nhà máy"),
        ja=("ライン作業", "製造ライン", "工場作業", "製造作業"),
    ),
    # --- Construction and shipbuilding ----------------------------------------------------------
    Skill(
        "scaffolding", ("construction", "shipbuilding"),
        en=("scaffolding", "scaffold erection", "scaffolder", "scaffold assembly"),
        vi=("giàn giáo", "lắp dựng giàn giáo", "dựng giàn giáo", "lắp giàn giáo"),
        ja=("足場", "足場組立", "足場組み", "とび", "とび工", "鳶"),
    ),
    Skill(
        "rebar", ("construction",),
        en=("rebar work", "rebar", "reinforcing bar", "steel fixing", "rebar placement", "rebar tying"),
        vi=("cốt thép", "thi công cốt thép", "buộc sắt", "gia công cốt thép", "buộc cốt thép"),
        ja=("鉄筋", "鉄筋施工", "鉄筋工", "鉄筋組立"),
    ),
    Skill(
        "formwork", ("construction",),
        en=("formwork", "formwork carpentry", "shuttering"),
        vi=("cốp pha", "ván khuôn", "lắp dựng cốp pha"),
        ja=("型枠", "型枠施工", "型枠大工"),
    ),
    Skill(
        "concrete work", ("construction",),
        en=("concrete work", "concrete", "concrete pouring", "concrete pumping", "concreting"),
        vi=("bê tông", "đổ bê tông", "thi công bê tông"),
        ja=("コンクリート", "コンクリート打設", "コンクリート圧送"),
    ),
    Skill(
        "earthwork", ("construction",),
        en=("earthwork", "earthworks", "excavation work", "groundwork"),
        vi=("đào đắp đất", "thi công đất", "san lấp"),
        ja=("土工", "土木作業", "掘削"),
    ),
    Skill(
        "plastering", ("construction",),
        en=("plastering", "plasterer", "rendering walls"),
        vi=("trát tường", "trát", "tô tường", "trát vữa"),
        ja=("左官", "左官工事"),
    ),
    Skill(
        "interior finishing", ("construction",),
        en=("interior finishing", "interior work", "drywall", "interior fit out"),
        vi=("hoàn thiện nội thất", "thi công nội thất"),
        ja=("内装仕上げ", "内装", "内装工事", "ボード張り"),
    ),
    Skill(
        "tiling", ("construction",),
        en=("tiling", "tile laying", "tiler"),
        vi=("ốp lát", "lát gạch", "ốp lát gạch"),
        ja=("タイル張り", "タイル工事"),
    ),
    Skill(
        "piping", ("construction", "shipbuilding", "industrial_manufacturing"),
        en=("piping", "plumbing", "pipe fitting", "pipefitter", "plumber"),
        vi=("lắp đặt đường ống", "đường ống", "ống nước", "thợ ống nước", "lắp ống", "lắp đặt ống nước"),
        ja=("配管", "配管工事", "配管工"),
    ),
    Skill(
        "waterproofing", ("construction",),
        en=("waterproofing",),
        vi=("chống thấm", "thi công chống thấm"),
        ja=("防水", "防水工事"),
    ),
    Skill(
        "heavy machinery", ("construction", "forestry", "agriculture"),
        en=("heavy machinery", "heavy equipment", "construction machinery", "excavator", "excavator operation", "backhoe"),
        vi=("máy xúc", "máy công trình", "vận hành máy xây dựng", "lái máy xúc", "máy xây dựng"),
        ja=("重機", "建設機械", "重機オペレーター", "油圧ショベル", "ユンボ"),
    ),
    Skill(
        "carpentry", ("construction", "wood_industry"),
        en=("carpentry", "carpenter", "joinery"),
        vi=("mộc", "thợ mộc", "nghề mộc"),
        ja=("大工", "建築大工"),
    ),
    Skill(
        "demolition", ("construction",),
        en=("demolition",),
        vi=("phá dỡ", "tháo dỡ công trình"),
        ja=("解体", "解体工事"),
    ),
    Skill(
        "surveying", ("construction",),
        en=("surveying", "land surveying", "site surveying"),
        vi=("trắc địa", "đo đạc"),
        ja=("測量",),
    ),
    Skill(
        "construction management", ("construction", "engineering"),
        en=("construction management", "site management", "construction supervision"),
        vi=("quản lý thi công", "giám sát thi công", "quản lý công trình"),
        ja=("施工管理", "現場監督"),
    ),
    Skill(
        "road paving", ("construction",),
        en=("road paving", "paving", "asphalt paving", "road works"),
        vi=("trải nhựa đường", "làm đường", "thi công đường"),
        ja=("舗装", "道路舗装", "アスファルト舗装"),
    ),
    Skill(
        "ship fitting", ("shipbuilding",),
        en=("ship fitting", "hull assembly", "shipbuilding", "ship assembly", "steel fabrication", "ironwork"),
        vi=("đóng tàu", "lắp ráp thân tàu", "gia công kết cấu thép", "kết cấu thép", "gia công thép"),
        ja=("造船", "船体組立", "鉄工", "鉄工作業"),
    ),
    Skill(
        "outfitting", ("shipbuilding",),
        en=("outfitting", "ship outfitting", "marine outfitting"),
        vi=("lắp đặt thiết bị tàu", "lắp đặt trang thiết bị tàu"),
        ja=("艤装",),
    ),
    Skill(
        "marine machinery", ("shipbuilding",),
        en=("marine machinery", "marine engine", "marine engineering"),
        vi=("máy tàu thủy", "máy tàu", "cơ khí tàu thủy"),
        ja=("舶用機械", "舶用エンジン"),
    ),
    # --- Automobile repair, transport, aviation, railway ------------------------------------------
    Skill(
        "automobile maintenance", ("automobile_repair",),
        en=("automobile maintenance", "car maintenance", "vehicle maintenance", "auto repair", "car repair", "automotive mechanic", "mechanic", "automotive repair", "car mechanic"),
        vi=("bảo dưỡng ô tô", "sửa chữa ô tô", "thợ sửa ô tô", "sửa xe", "sửa chữa xe ô tô", "cơ khí ô tô"),
        ja=("自動車整備", "自動車整備士", "整備士"),
    ),
    Skill(
        "vehicle inspection", ("automobile_repair",),
        en=("vehicle inspection", "shaken", "statutory vehicle inspection", "shaken inspection"),
        vi=("đăng kiểm", "kiểm định xe"),
        ja=("車検", "車両検査", "車検整備"),
    ),
    Skill(
        "engine repair", ("automobile_repair", "shipbuilding"),
        en=("engine repair", "engine maintenance", "engine overhaul"),
        vi=("sửa chữa động cơ", "bảo dưỡng động cơ"),
        ja=("エンジン整備", "エンジン修理"),
    ),
    Skill(
        "tyre change", ("automobile_repair",),
        en=("tyre change", "tire change", "tyre fitting", "tire fitting"),
        vi=("thay lốp", "thay lốp xe"),
        ja=("タイヤ交換",),
    ),
    Skill(
        "brake repair", ("automobile_repair",),
        en=("brake repair", "brake maintenance", "brake service"),
        vi=("sửa phanh", "bảo dưỡng phanh"),
        ja=("ブレーキ整備", "ブレーキ修理"),
    ),
    Skill(
        "oil change", ("automobile_repair",),
        en=("oil change", "oil service"),
        vi=("thay dầu", "thay nhớt"),
        ja=("オイル交換",),
    ),
    Skill(
        "fault diagnosis", ("automobile_repair",),
        en=("fault diagnosis", "obd diagnostics", "obd", "vehicle diagnostics", "troubleshooting"),
        vi=("chẩn đoán lỗi", "chẩn đoán lỗi xe", "chẩn đoán hư hỏng"),
        ja=("故障診断", "故障探求"),
    ),
    Skill(
        "automotive electrics", ("automobile_repair",),
        en=("automotive electrics", "auto electrical", "vehicle electrical systems"),
        vi=("điện ô tô", "điện xe"),
        ja=("自動車電装", "電装"),
    ),
    Skill(
        "truck driving", ("automobile_transport",),
        en=("truck driving", "truck driver", "lorry driving", "heavy vehicle licence", "large vehicle licence", "medium vehicle licence"),
        vi=("lái xe tải", "tài xế xe tải", "bằng lái xe tải"),
        ja=("トラック運転", "トラックドライバー", "大型免許", "中型免許", "大型自動車免許"),
    ),
    Skill(
        "bus driving", ("automobile_transport",),
        en=("bus driving", "bus driver"),
        vi=("lái xe buýt", "tài xế xe buýt", "lái xe khách"),
        ja=("バス運転", "バス運転士", "大型二種免許"),
    ),
    Skill(
        "taxi driving", ("automobile_transport",),
        en=("taxi driving", "taxi driver"),
        vi=("lái taxi", "tài xế taxi", "lái xe taxi"),
        ja=("タクシー運転", "タクシードライバー", "二種免許"),
    ),
    Skill(
        "delivery", ("automobile_transport",),
        en=("delivery", "parcel delivery", "delivery driver", "last mile delivery"),
        vi=("giao hàng", "giao nhận hàng", "tài xế giao hàng"),
        ja=("配送", "配達", "宅配", "ルート配送"),
    ),
    Skill(
        "ground handling", ("aviation",),
        en=("ground handling", "airport ground handling", "ramp handling", "ramp agent"),
        vi=("phục vụ mặt đất", "dịch vụ mặt đất", "phục vụ mặt đất sân bay"),
        ja=("グランドハンドリング", "空港グランドハンドリング", "航空機地上支援"),
    ),
    Skill(
        "baggage handling", ("aviation",),
        en=("baggage handling", "luggage handling"),
        vi=("xử lý hành lý", "bốc xếp hành lý"),
        ja=("手荷物取扱", "手荷物搭降載", "手荷物取扱い", "手荷物取り扱い"),
    ),
    Skill(
        "aircraft maintenance", ("aviation",),
        en=("aircraft maintenance", "aircraft mechanic", "aviation maintenance"),
        vi=("bảo dưỡng máy bay", "sửa chữa máy bay", "bảo dưỡng tàu bay"),
        ja=("航空機整備", "航空整備士"),
    ),
    Skill(
        "track maintenance", ("railway",),
        en=("track maintenance", "railway track maintenance", "permanent way maintenance"),
        vi=("bảo trì đường ray", "bảo dưỡng đường sắt", "duy tu đường sắt"),
        ja=("軌道整備", "保線", "保線作業"),
    ),
    Skill(
        "rolling stock maintenance", ("railway",),
        en=("rolling stock maintenance", "train maintenance", "railway vehicle maintenance"),
        vi=("bảo dưỡng toa tàu", "bảo dưỡng đầu máy toa xe", "bảo trì tàu hỏa", "bảo dưỡng toa xe"),
        # "車両整備" is vehicle maintenance in general; the demo data and rail employers use it
        # for rolling stock, and a car mechanic more often writes 自動車整備.
        ja=("車両メンテナンス", "鉄道車両整備", "車両整備"),
    ),
    Skill(
        "station service", ("railway",),
        en=("station service", "station staff", "station operations"),
        vi=("nhân viên nhà ga", "phục vụ nhà ga"),
        ja=("駅務", "駅係員", "駅務作業"),
    ),
    # --- Agriculture, fishery, forestry, wood --------------------------------------------------
    Skill(
        "crop farming", ("agriculture",),
        en=("crop farming", "farming", "crop cultivation", "vegetable growing", "vegetable farming", "cultivation", "farm work", "agriculture", "vegetable cultivation"),
        vi=("trồng trọt", "trồng rau", "làm nông", "nông nghiệp", "canh tác"),
        ja=("耕種農業", "栽培", "野菜栽培", "農作業", "農業"),
    ),
    Skill(
        "greenhouse horticulture", ("agriculture",),
        en=("greenhouse horticulture", "greenhouse", "greenhouse farming", "horticulture"),
        vi=("nhà kính", "trồng trong nhà kính", "làm vườn nhà kính", "trồng nhà kính"),
        ja=("施設園芸", "ハウス栽培", "園芸"),
    ),
    Skill(
        "harvesting", ("agriculture",),
        en=("harvesting", "harvest", "fruit picking", "crop harvesting"),
        vi=("thu hoạch", "thu hái", "hái quả"),
        ja=("収穫", "収穫作業"),
    ),
    Skill(
        "livestock", ("agriculture",),
        en=("livestock", "livestock farming", "animal husbandry", "dairy farming", "pig farming", "poultry farming", "cattle raising", "livestock care"),
        vi=("chăn nuôi", "chăn nuôi gia súc", "chăn nuôi bò", "chăn nuôi lợn", "chăn nuôi gà", "chăn nuôi gia cầm", "chăn nuôi bò sữa"),
        ja=("畜産", "畜産農業", "酪農", "養豚", "養鶏", "肉用牛"),
    ),
    Skill(
        "milking", ("agriculture",),
        en=("milking",),
        vi=("vắt sữa", "vắt sữa bò"),
        ja=("搾乳",),
    ),
    Skill(
        "farm machinery", ("agriculture",),
        en=("farm machinery", "tractor", "tractor operation", "tractor driving", "agricultural machinery"),
        vi=("máy nông nghiệp", "lái máy cày", "máy cày", "vận hành máy nông nghiệp"),
        ja=("農業機械", "トラクター", "トラクター運転"),
    ),
    Skill(
        "rice farming", ("agriculture",),
        en=("rice farming", "rice growing", "paddy farming"),
        vi=("trồng lúa", "làm ruộng"),
        ja=("稲作", "米作り"),
    ),
    Skill(
        "fruit growing", ("agriculture",),
        en=("fruit growing", "orchard work", "fruit farming", "fruit cultivation"),
        vi=("trồng cây ăn quả", "trồng cây ăn trái"),
        ja=("果樹栽培", "果樹"),
    ),
    Skill(
        "crop sorting", ("agriculture",),
        en=("crop sorting and packing", "crop sorting", "produce sorting", "fruit sorting", "produce packing"),
        vi=("phân loại và đóng gói nông sản", "phân loại nông sản", "đóng gói nông sản"),
        ja=("選果・出荷作業", "選果", "選果出荷", "出荷作業"),
    ),
    Skill(
        "pesticide application", ("agriculture",),
        en=("pesticide application", "pesticide spraying", "crop spraying"),
        vi=("phun thuốc bảo vệ thực vật", "phun thuốc trừ sâu"),
        ja=("農薬散布", "防除"),
    ),
    Skill(
        "fishing", ("fishery",),
        en=("fishing", "commercial fishing", "fishing vessel work", "fisherman", "deck hand", "fishing boat work"),
        vi=("đánh bắt cá", "đánh cá", "đánh bắt thủy sản", "đi biển", "ngư dân", "làm việc trên tàu cá"),
        ja=("漁労", "漁業", "漁船作業", "漁撈"),
    ),
    Skill(
        "aquaculture", ("fishery",),
        en=("aquaculture", "fish farming", "oyster farming", "seaweed farming", "shellfish farming"),
        vi=("nuôi trồng thủy sản", "nuôi cá", "nuôi hàu", "nuôi tôm"),
        ja=("養殖", "養殖業", "水産養殖", "牡蠣養殖", "カキ養殖"),
    ),
    Skill(
        "net handling", ("fishery",),
        en=("net handling", "net mending", "net repair", "fishing net repair", "fishing nets"),
        vi=("xử lý lưới", "vá lưới", "sửa lưới"),
        ja=("網作業", "網の修理", "網修理", "漁網修理"),
    ),
    Skill(
        "seafood processing", ("fishery", "food_manufacturing"),
        en=("seafood processing", "fish processing", "fish filleting", "fish cutting"),
        vi=("chế biến thủy sản", "chế biến hải sản", "phi lê cá", "sơ chế cá"),
        ja=("水産加工", "水産物加工", "魚の加工", "魚をさばく", "魚の処理"),
    ),
    Skill(
        "chainsaw", ("forestry", "wood_industry"),
        en=("chainsaw", "chainsaw operation", "chain saw"),
        vi=("cưa máy", "vận hành cưa máy", "cưa xích", "sử dụng cưa máy"),
        ja=("チェーンソー", "チェンソー", "チェーンソー作業"),
    ),
    Skill(
        "logging", ("forestry",),
        en=("logging", "tree felling", "timber harvesting", "felling"),
        vi=("khai thác gỗ", "chặt cây", "đốn cây", "khai thác rừng"),
        ja=("伐採", "伐木", "伐木作業", "素材生産"),
    ),
    Skill(
        "tree planting", ("forestry",),
        en=("tree planting", "reforestation", "afforestation"),
        vi=("trồng rừng", "trồng cây"),
        ja=("植林", "植栽", "造林"),
    ),
    Skill(
        "forest tending", ("forestry",),
        en=("forest tending", "silviculture", "undergrowth clearing", "thinning"),
        vi=("chăm sóc rừng", "phát quang", "tỉa thưa rừng"),
        ja=("育林", "下刈り", "間伐"),
    ),
    Skill(
        "sawmilling", ("wood_industry",),
        en=("sawmilling", "sawmill", "lumber processing", "timber processing"),
        vi=("xẻ gỗ", "xưởng cưa", "cưa xẻ gỗ"),
        ja=("製材", "製材作業"),
    ),
    Skill(
        "wood processing", ("wood_industry",),
        en=("wood processing", "woodworking", "wood machining", "furniture making"),
        vi=("chế biến gỗ", "gia công gỗ", "sản xuất đồ gỗ"),
        ja=("木材加工", "木工加工", "家具製造", "木工"),
    ),
    Skill(
        "plywood", ("wood_industry",),
        en=("plywood", "plywood manufacturing", "laminated timber", "plywood production"),
        vi=("ván ép", "gỗ dán", "sản xuất ván ép", "sản xuất gỗ dán"),
        ja=("合板", "合板製造", "集成材"),
    ),
    # --- Food manufacturing and food service ---------------------------------------------------
    Skill(
        "food hygiene", ("food_manufacturing", "food_service", "nursing_care"),
        en=("food hygiene", "food safety", "food sanitation", "hygiene management", "food hygiene management", "food safety and hygiene", "hygiene control"),
        vi=("vệ sinh an toàn thực phẩm", "an toàn vệ sinh thực phẩm", "an toàn thực phẩm", "vệ sinh thực phẩm", "quản lý vệ sinh thực phẩm"),
        ja=("食品衛生", "衛生管理", "食品安全", "食品衛生管理", "食品衛生責任者"),
    ),
    Skill(
        "haccp", ("food_manufacturing", "food_service"),
        en=("haccp", "haccp system"),
        vi=("haccp", "hệ thống haccp", "quy trình haccp"),
        ja=("HACCP", "ハサップ", "HACCP管理"),
    ),
    Skill(
        "food processing", ("food_manufacturing",),
        en=("food processing", "food production", "food manufacturing", "food factory work", "food packing"),
        vi=("chế biến thực phẩm", "sản xuất thực phẩm", "công nhân thực phẩm"),
        ja=("食品加工", "食品製造", "食品工場"),
    ),
    Skill(
        "knife skills", ("food_manufacturing", "food_service", "fishery"),
        en=("knife skills", "knife", "knife work", "knife handling"),
        vi=("kỹ năng dùng dao", "dùng dao", "sử dụng dao"),
        ja=("包丁作業", "包丁", "包丁さばき"),
    ),
    Skill(
        "bento production", ("food_manufacturing", "food_service"),
        en=("bento production", "bento", "bento making", "lunch box production", "ready meal production", "prepared food production", "side dish production", "bento packing"),
        vi=("làm cơm hộp", "sản xuất cơm hộp", "cơm hộp", "làm bento", "sản xuất món ăn sẵn", "đóng hộp cơm bento"),
        ja=("弁当製造", "弁当", "惣菜製造", "総菜製造", "弁当盛り付け"),
    ),
    Skill(
        "baking", ("food_manufacturing", "food_service"),
        en=("baking", "bread making", "bakery", "baker", "pastry", "pastry making", "bakery production"),
        vi=("làm bánh", "làm bánh mì", "thợ làm bánh", "nướng bánh"),
        ja=("製パン", "パン製造", "ベーカリー", "製菓"),
    ),
    Skill(
        "confectionery", ("food_manufacturing",),
        en=("confectionery", "confectionery production", "sweets making"),
        vi=("làm bánh kẹo", "sản xuất bánh kẹo"),
        ja=("菓子製造", "和菓子製造"),
    ),
    Skill(
        "meat processing", ("food_manufacturing",),
        en=("meat processing", "butchery", "meat cutting", "butcher"),
        vi=("chế biến thịt", "pha lóc thịt", "xẻ thịt"),
        ja=("食肉加工", "食肉処理", "精肉"),
    ),
    Skill(
        "noodle making", ("food_manufacturing", "food_service"),
        en=("noodle making", "noodle production"),
        vi=("làm mì", "sản xuất mì"),
        ja=("製麺", "麺製造"),
    ),
    Skill(
        "cooking", ("food_service", "food_manufacturing", "accommodation", "nursing_care"),
        en=("cooking", "cook", "chef", "kitchen work", "kitchen staff", "kitchen assistant", "line cook", "food preparation", "prep cook"),
        vi=("nấu ăn", "đầu bếp", "phụ bếp", "bếp", "nấu nướng", "sơ chế thực phẩm", "sơ chế nguyên liệu"),
        ja=("調理", "料理", "厨房", "調理補助", "キッチン", "仕込み", "調理師"),
    ),
    Skill(
        "japanese cuisine", ("food_service",),
        en=("japanese cuisine", "japanese cooking", "washoku"),
        vi=("món ăn nhật", "nấu món nhật", "ẩm thực nhật bản"),
        ja=("和食", "日本料理"),
    ),
    Skill(
        "ramen", ("food_service",),
        en=("ramen preparation", "ramen", "ramen cooking", "ramen making"),
        vi=("nấu ramen", "làm ramen", "nấu mì ramen"),
        ja=("ラーメン調理", "ラーメン"),
    ),
    Skill(
        "sushi", ("food_service", "food_manufacturing"),
        en=("sushi", "sushi making", "sushi chef"),
        vi=("làm sushi",),
        ja=("寿司", "すし", "寿司職人"),
    ),
    Skill(
        "dishwashing", ("food_service", "accommodation"),
        en=("dishwashing", "dish washing", "dishwasher", "washing up"),
        vi=("rửa bát", "rửa chén", "rửa bát đĩa"),
        ja=("洗い場", "皿洗い", "食器洗浄"),
    ),
    # --- Semiconductor -------------------------------------------------------------------------
    Skill(
        "cleanroom", ("semiconductor",),
        en=("cleanroom", "clean room", "cleanroom work", "cleanroom operation", "cleanroom protocol"),
        vi=("phòng sạch", "làm việc trong phòng sạch", "làm việc phòng sạch"),
        ja=("クリーンルーム", "クリーンルーム作業"),
    ),
    Skill(
        "photolithography", ("semiconductor",),
        en=("photolithography", "lithography", "photo lithography", "photoresist"),
        vi=("quang khắc", "in quang khắc", "kỹ thuật quang khắc"),
        ja=("フォトリソグラフィ", "フォトリソグラフィー", "リソグラフィ", "露光"),
    ),
    Skill(
        "etching", ("semiconductor",),
        en=("etching", "dry etching", "wet etching", "plasma etching"),
        vi=("khắc ăn mòn", "ăn mòn khô", "ăn mòn ướt", "khắc"),
        ja=("エッチング", "ドライエッチング", "ウェットエッチング"),
    ),
    Skill(
        "thin film deposition", ("semiconductor",),
        en=("thin film deposition", "deposition", "cvd", "pvd", "sputtering", "chemical vapour deposition", "chemical vapor deposition"),
        vi=("lắng đọng màng mỏng", "phủ màng mỏng", "màng mỏng", "lắng đọng hơi hóa học"),
        ja=("成膜", "薄膜形成", "スパッタリング", "化学気相成長"),
    ),
    Skill(
        "semiconductor process", ("semiconductor",),
        en=("semiconductor process", "semiconductor manufacturing", "wafer processing", "fab process", "process engineering", "semiconductor process engineering", "semiconductor fabrication"),
        vi=("quy trình bán dẫn", "sản xuất bán dẫn", "công nghệ bán dẫn", "chế tạo bán dẫn", "kỹ thuật quy trình"),
        ja=("半導体プロセス", "半導体製造", "半導体製造プロセス", "ウェーハ処理", "プロセスエンジニアリング"),
    ),
    Skill(
        "wafer inspection", ("semiconductor",),
        en=("wafer inspection", "defect inspection", "metrology"),
        vi=("kiểm tra wafer", "kiểm tra tấm bán dẫn"),
        ja=("ウェーハ検査", "外観検査装置", "ウェハ検査"),
    ),
    Skill(
        "yield analysis", ("semiconductor",),
        en=("yield analysis", "yield improvement", "yield engineering"),
        vi=("phân tích hiệu suất", "phân tích tỷ lệ thành phẩm"),
        ja=("歩留まり解析", "歩留まり改善"),
    ),
    Skill(
        "semiconductor equipment", ("semiconductor",),
        en=("semiconductor equipment", "semiconductor equipment maintenance", "fab equipment", "equipment engineering"),
        vi=("thiết bị bán dẫn", "bảo trì thiết bị bán dẫn"),
        ja=("半導体製造装置", "半導体装置", "装置エンジニア"),
    ),
    Skill(
        "circuit design", ("semiconductor", "engineering"),
        en=("circuit design", "ic design", "lsi design", "vlsi design", "chip design", "analog circuit design", "digital circuit design", "asic design"),
        vi=("thiết kế mạch", "thiết kế vi mạch", "thiết kế ic", "thiết kế chip"),
        ja=("回路設計", "LSI設計", "IC設計", "アナログ回路設計", "デジタル回路設計"),
    ),
    Skill(
        "verilog", ("semiconductor",),
        en=("verilog", "systemverilog", "system verilog"),
        ja=("ベリログ",),
    ),
    Skill(
        "vhdl", ("semiconductor",),
        en=("vhdl",),
    ),
    Skill(
        "failure analysis", ("semiconductor", "engineering"),
        en=("failure analysis", "defect analysis", "root cause analysis"),
        vi=("phân tích lỗi", "phân tích hỏng hóc", "phân tích nguyên nhân lỗi"),
        ja=("不良解析", "故障解析", "原因分析"),
    ),
    Skill(
        "statistical process control", ("semiconductor", "engineering"),
        en=("statistical process control", "spc"),
        vi=("kiểm soát quy trình thống kê",),
        ja=("統計的工程管理", "SPC"),
    ),
    # --- IT, software, AI and data -------------------------------------------------------------
    Skill(
        "python", ("it_software",),
        en=("python", "python3", "python programming"),
        vi=("lập trình python",),
        ja=("パイソン", "Python開発"),
    ),
    Skill(
        "java", ("it_software",),
        en=("java", "java programming", "java ee"),
        vi=("lập trình java",),
        ja=("ジャバ", "Java開発"),
    ),
    Skill(
        "javascript", ("it_software",),
        en=("javascript", "js", "ecmascript", "es6", "vanilla js"),
        vi=("lập trình javascript",),
        ja=("ジャバスクリプト",),
    ),
    Skill(
        "typescript", ("it_software",),
        en=("typescript", "ts"),
    ),
    Skill(
        "react", ("it_software",),
        en=("react", "react.js", "reactjs", "react js", "react native"),
    ),
    Skill(
        "vue", ("it_software",),
        en=("vue", "vue.js", "vuejs", "vue js", "nuxt", "nuxt.js"),
    ),
    Skill(
        "angular", ("it_software",),
        en=("angular", "angularjs", "angular.js"),
    ),
    Skill(
        "node.js", ("it_software",),
        en=("node.js", "nodejs", "node js", "node", "express.js", "expressjs"),
    ),
    Skill(
        "php", ("it_software",),
        en=("php", "laravel"),
    ),
    Skill(
        "ruby", ("it_software",),
        en=("ruby", "ruby on rails", "rails", "ror"),
    ),
    Skill(
        "go", ("it_software",),
        en=("go", "golang", "go language"),
    ),
    Skill(
        "c++", ("it_software", "semiconductor", "engineering"),
        en=("c++", "cpp", "c plus plus"),
    ),
    Skill(
        "c", ("it_software", "semiconductor", "engineering"),
        en=("c", "c language", "c programming"),
    ),
    Skill(
        "c#", ("it_software",),
        en=("c#", "csharp", "c sharp", ".net", "dotnet", "asp.net"),
    ),
    Skill(
        "kotlin", ("it_software",),
        en=("kotlin",),
    ),
    Skill(
        "swift", ("it_software",),
        en=("swift", "ios", "ios development"),
    ),
    Skill(
        "android", ("it_software",),
        en=("android", "android development"),
    ),
    Skill(
        "flutter", ("it_software",),
        en=("flutter", "dart"),
    ),
    Skill(
        "django", ("it_software",),
        en=("django", "django rest framework", "drf"),
    ),
    Skill(
        "flask", ("it_software",),
        en=("flask", "fastapi"),
    ),
    Skill(
        "spring", ("it_software",),
        en=("spring", "spring boot", "spring framework"),
    ),
    Skill(
        "html css", ("it_software",),
        en=("html css", "html", "css", "html5", "css3", "html/css"),
    ),
    Skill(
        "sql", ("it_software",),
        en=("sql", "mysql", "postgresql", "postgres", "oracle database", "sql server", "database", "databases", "rdbms"),
        vi=("cơ sở dữ liệu",),
        ja=("データベース",),
    ),
    Skill(
        "aws", ("it_software",),
        en=("aws", "amazon web services", "amazon aws", "ec2"),
    ),
    Skill(
        "azure", ("it_software",),
        en=("azure", "microsoft azure"),
    ),
    Skill(
        "gcp", ("it_software",),
        en=("gcp", "google cloud", "google cloud platform"),
    ),
    Skill(
        "docker", ("it_software",),
        en=("docker", "containers"),
    ),
    Skill(
        "kubernetes", ("it_software",),
        en=("kubernetes", "k8s"),
    ),
    Skill(
        "linux", ("it_software", "semiconductor"),
        en=("linux", "unix", "linux administration"),
    ),
    Skill(
        "git", ("it_software",),
        en=("git", "github", "gitlab", "version control"),
    ),
    Skill(
        "machine learning", ("it_software", "semiconductor", "engineering"),
        en=("machine learning", "ml", "scikit learn", "sklearn"),
        vi=("học máy",),
        ja=("機械学習",),
    ),
    Skill(
        "deep learning", ("it_software",),
        en=("deep learning", "neural networks", "tensorflow", "pytorch", "keras"),
        vi=("học sâu",),
        ja=("深層学習", "ディープラーニング"),
    ),
    Skill(
        "artificial intelligence", ("it_software",),
        en=("artificial intelligence", "ai", "ai development"),
        vi=("trí tuệ nhân tạo",),
        ja=("人工知能", "AI開発"),
    ),
    Skill(
        "data analysis", ("it_software", "semiconductor", "engineering"),
        en=("data analysis", "data analytics", "data science", "pandas", "statistics"),
        vi=("phân tích dữ liệu", "khoa học dữ liệu"),
        ja=("データ分析", "データサイエンス", "データ解析"),
    ),
    Skill(
        "computer vision", ("it_software", "semiconductor"),
        en=("computer vision", "image processing", "opencv"),
        vi=("thị giác máy tính", "xử lý ảnh"),
        ja=("画像処理", "画像認識", "コンピュータビジョン"),
    ),
    Skill(
        "natural language processing", ("it_software",),
        en=("natural language processing", "nlp"),
        vi=("xử lý ngôn ngữ tự nhiên",),
        ja=("自然言語処理",),
    ),
    Skill(
        "web development", ("it_software",),
        en=("web development", "web programming", "web developer", "frontend development", "backend development", "full stack development"),
        vi=("lập trình web", "phát triển web"),
        ja=("ウェブ開発", "Web開発", "Webアプリケーション開発"),
    ),
    Skill(
        "mobile development", ("it_software",),
        en=("mobile development", "mobile app development", "app development"),
        vi=("lập trình di động", "phát triển ứng dụng di động"),
        ja=("モバイルアプリ開発", "スマホアプリ開発", "アプリ開発"),
    ),
    Skill(
        "software testing", ("it_software",),
        en=("software testing", "testing", "test automation", "qa testing", "manual testing", "tester"),
        vi=("kiểm thử phần mềm", "kiểm thử", "tester"),
        ja=("ソフトウェアテスト", "テスト", "テスト自動化"),
    ),
    Skill(
        "networking", ("it_software",),
        en=("networking", "network engineering", "computer networks", "ccna", "network administration"),
        vi=("mạng máy tính", "quản trị mạng"),
        ja=("ネットワーク", "ネットワーク構築", "ネットワークエンジニア"),
    ),
    Skill(
        "information security", ("it_software",),
        en=("information security", "cybersecurity", "cyber security", "security"),
        vi=("an ninh mạng", "bảo mật thông tin", "bảo mật"),
        ja=("情報セキュリティ", "セキュリティ", "サイバーセキュリティ"),
    ),
    Skill(
        "bridge se", ("it_software",),
        en=("bridge se", "bridge system engineer", "bridge engineer", "brse"),
        vi=("kỹ sư cầu nối", "brse"),
        ja=("ブリッジSE", "ブリッジエンジニア"),
    ),
    Skill(
        "project management", ("it_software", "engineering", "semiconductor"),
        en=("project management", "project manager", "pm", "scrum", "agile"),
        vi=("quản lý dự án",),
        ja=("プロジェクト管理", "プロジェクトマネジメント"),
    ),
    Skill(
        "embedded systems", ("it_software", "semiconductor", "engineering"),
        en=("embedded systems", "embedded", "embedded software", "firmware", "embedded programming", "microcontrollers"),
        vi=("lập trình nhúng", "hệ thống nhúng", "phần mềm nhúng"),
        ja=("組込み", "組み込み", "組込みソフトウェア", "組込み開発", "ファームウェア"),
    ),
    # --- Mechanical, electrical and green-technology engineering -------------------------------
    Skill(
        "cad", ("engineering", "construction", "industrial_manufacturing"),
        en=("cad", "autocad", "2d cad", "3d cad", "cad design", "cad operation"),
        vi=("thiết kế cad", "vẽ cad", "autocad"),
        ja=("CAD", "CADオペレーター", "CAD設計", "3DCAD"),
    ),
    Skill(
        "solidworks", ("engineering",),
        en=("solidworks", "solid works", "catia", "inventor"),
    ),
    Skill(
        "mechanical design", ("engineering", "industrial_manufacturing"),
        en=("mechanical design", "machine design", "mechanical engineering"),
        vi=("thiết kế cơ khí", "kỹ thuật cơ khí", "thiết kế máy"),
        ja=("機械設計", "機械工学"),
    ),
    Skill(
        "electrical design", ("engineering",),
        en=("electrical design", "electrical engineering", "power systems"),
        vi=("thiết kế điện", "kỹ thuật điện", "hệ thống điện"),
        ja=("電気設計", "電気工学", "電力システム"),
    ),
    Skill(
        "plc programming", ("engineering", "industrial_manufacturing", "semiconductor"),
        en=("plc programming", "plc", "ladder logic", "sequence control"),
        vi=("lập trình plc",),
        ja=("PLCプログラミング", "シーケンス制御", "ラダー"),
    ),
    Skill(
        "automation", ("engineering", "industrial_manufacturing", "semiconductor"),
        en=("automation", "factory automation", "industrial automation", "robotics", "industrial robots"),
        vi=("tự động hóa", "robot công nghiệp"),
        ja=("自動化", "FA", "産業用ロボット", "ロボット"),
    ),
    Skill(
        "solar power", ("engineering", "construction"),
        en=("solar power", "solar panel installation", "photovoltaics", "solar pv", "solar energy", "solar power systems"),
        vi=("điện mặt trời", "lắp đặt pin mặt trời", "năng lượng mặt trời", "hệ thống điện mặt trời"),
        ja=("太陽光発電", "太陽光パネル設置", "ソーラーパネル"),
    ),
    Skill(
        "renewable energy", ("engineering",),
        en=("renewable energy", "green technology", "green tech", "clean energy", "wind power"),
        vi=("năng lượng tái tạo", "công nghệ xanh", "điện gió"),
        ja=("再生可能エネルギー", "グリーンテクノロジー", "風力発電"),
    ),
    Skill(
        "geothermal power", ("engineering",),
        en=("geothermal power", "geothermal energy"),
        vi=("điện địa nhiệt", "năng lượng địa nhiệt"),
        ja=("地熱発電", "地熱"),
    ),
    Skill(
        "energy management", ("engineering",),
        en=("energy management", "energy efficiency", "energy saving"),
        vi=("quản lý năng lượng", "tiết kiệm năng lượng"),
        ja=("エネルギー管理", "省エネ"),
    ),
    Skill(
        "hvac", ("engineering", "construction"),
        en=("hvac", "air conditioning installation", "air conditioning", "refrigeration"),
        vi=("điều hòa không khí", "lắp đặt điều hòa", "điện lạnh", "điều hòa thông gió"),
        ja=("空調設備", "空調", "エアコン設置", "冷凍空調"),
    ),
)
# fmt: on
