"""Articles of the genre written for the index's tests (no sentence from elsewhere)."""

from __future__ import annotations

HDND = """HĐND tỉnh Nghệ An tổng kết công tác năm 2023

Thứ Hai, 15/01/2024 - 09:00

(Baonghean.vn) - Sáng 15/1, Thường trực HĐND tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và bàn nhiệm vụ năm 2024.

Đồng chí Nguyễn Văn Thủy - Phó Chủ tịch HĐND tỉnh Nghệ An chủ trì hội nghị. Dự hội nghị có các đồng chí: Trần Thị Lan - Giám đốc Sở Tài chính; Lê Minh Đức - Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh.

Năm 2023, Thường trực HĐND tỉnh đã tổ chức 12 phiên họp, giám sát việc giải quyết kiến nghị của cử tri về đường giao thông nông thôn. Các đại biểu thống nhất đề nghị tăng cường tiếp xúc cử tri ở các xã miền núi.

Phát biểu kết luận, đồng chí Nguyễn Văn Thủy đề nghị các ban của HĐND tỉnh bám sát cơ sở, nâng cao chất lượng thẩm tra các tờ trình.
"""

# The same person, written with the old tone placement ("Thuỷ"), in another office.
UBND = """UBND tỉnh Nghệ An họp bàn giải ngân vốn đầu tư công

Thứ Ba, 12/03/2024 - 14:30

(Baonghean.vn) - Chiều 12/3, UBND tỉnh họp bàn các giải pháp đẩy nhanh giải ngân vốn đầu tư công.

Đồng chí Nguyễn Văn Thuỷ - Chủ tịch UBND tỉnh Nghệ An chủ trì cuộc họp. Cùng dự có đồng chí Trần Thị Lan - Giám đốc Sở Tài chính.

Đến hết tháng 2, toàn tỉnh mới giải ngân được 8% kế hoạch vốn. Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư tháo gỡ vướng mắc trong giải phóng mặt bằng.
"""

# A namesake in another province.
Y_TE = """Sở Y tế Hà Tĩnh triển khai tiêm chủng mở rộng

Thứ Năm, 20/06/2024 - 08:15

(Baohatinh.vn) - Sáng 20/6, Sở Y tế tổ chức hội nghị triển khai chương trình tiêm chủng mở rộng năm 2024.

Đồng chí Nguyễn Văn Thủy - Giám đốc Sở Y tế tỉnh Hà Tĩnh chủ trì hội nghị. Dự hội nghị có đại diện các trung tâm y tế huyện.

Năm nay, tỉnh phấn đấu tiêm đủ mũi cho trẻ dưới một tuổi ở tất cả các xã, phường. Các đơn vị được giao rà soát danh sách trẻ và bố trí điểm tiêm thuận tiện.
"""

ARTICLES = {"hdnd.txt": HDND, "ubnd.txt": UBND, "nam/y-te.txt": Y_TE}
