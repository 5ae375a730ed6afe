"""The first privacy notice, in force from launch; later versions are added in the admin."""

import datetime

from django.db import migrations

TEXT_EN = """Kakehashi (the "service") collects the data you enter: your account email, and for candidates \
your name, date of birth, hometown, phone, skills, Japanese level, tests passed, residence status, \
preferences and CV.

Purposes: (1) running your account and showing you matching vacancies or candidates; (2) for \
candidates, sending your profile and CV to an employer in Japan only when you apply to it or accept \
its invitation. We ask your consent to each purpose separately. Data is stored in Japan.

We do not ask for passport or identity-document scans. Whether you are seeking a transfer is never \
shown to employers.

You can download all your data and delete your account at any time from "My data". Requests are \
acknowledged within 2 working days and completed within 15 days. Deleting your account deletes your \
profile, CV and the audit history about you.

Laws: Japan's Act on the Protection of Personal Information; Vietnam's Law on Personal Data \
Protection (Law 91/2025/QH15) and Decree 356/2025/ND-CP."""

TEXT_JA = """架け橋（以下「本サービス」）は、入力された情報を取得します。アカウントのメールアドレス、\
求職者の場合は氏名、生年月日、出身地、電話番号、スキル、日本語レベル、合格した試験、在留資格、希望条件、履歴書です。

利用目的：(1) アカウントの運用と、条件に合う求人または候補者の表示、(2) 求職者が応募した、\
または招待を承諾した日本の雇用主に限り、プロフィールと履歴書を提供すること。目的ごとに個別に同意をいただきます。\
データは日本国内で保管します。

パスポートや身分証明書の画像は求めません。転職を希望しているかどうかは雇用主に表示されません。

「マイデータ」からいつでも全データのダウンロードとアカウント削除ができます。請求は2営業日以内に受け付け、\
15日以内に完了します。アカウントを削除すると、プロフィール、履歴書、あなたに関する監査履歴も削除されます。

関係法令：個人情報の保護に関する法律（日本）、個人データ保護法（ベトナム法律第91/2025/QH15号）および政令第356/2025/ND-CP号。"""

TEXT_VI = """Kakehashi ("dịch vụ") thu thập dữ liệu bạn nhập: email tài khoản, và với ứng viên là họ tên, \
ngày sinh, quê quán, số điện thoại, kỹ năng, trình độ tiếng Nhật, các kỳ thi đã đỗ, tư cách lưu trú, \
nguyện vọng và CV.

Mục đích: (1) vận hành tài khoản và giới thiệu việc làm hoặc ứng viên phù hợp; (2) với ứng viên, \
chỉ gửi hồ sơ và CV cho nhà tuyển dụng tại Nhật Bản khi bạn ứng tuyển hoặc chấp nhận lời mời của họ. \
Chúng tôi xin sự đồng ý riêng cho từng mục đích. Dữ liệu được lưu trữ tại Nhật Bản.

Chúng tôi không yêu cầu bản chụp hộ chiếu hay giấy tờ tùy thân. Việc bạn đang tìm chuyển việc \
không bao giờ hiển thị cho nhà tuyển dụng.

Bạn có thể tải toàn bộ dữ liệu và xóa tài khoản bất cứ lúc nào tại mục "Dữ liệu của tôi". \
Yêu cầu được tiếp nhận trong vòng 2 ngày làm việc và hoàn tất trong vòng 15 ngày. Khi xóa tài khoản, \
hồ sơ, CV và lịch sử kiểm tra liên quan đến bạn cũng bị xóa.

Căn cứ pháp lý: Luật Bảo vệ thông tin cá nhân của Nhật Bản; Luật Bảo vệ dữ liệu cá nhân của Việt Nam \
(Luật số 91/2025/QH15) và Nghị định 356/2025/NĐ-CP."""


def load(apps, schema_editor):
    PrivacyNotice = apps.get_model("accounts", "PrivacyNotice")
    PrivacyNotice.objects.update_or_create(
        version="2026-01",
        defaults={
            "effective_from": datetime.date(2026, 1, 1),
            "text_en": TEXT_EN,
            "text_ja": TEXT_JA,
            "text_vi": TEXT_VI,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
