<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ApplyScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="+43"/>
        <location line="+256"/>
        <source>Mobile number</source>
        <translation>손전화번호</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Payment account</source>
        <translation>받을 계좌</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+256"/>
        <source>Promise</source>
        <translation>약속</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Check and submit</source>
        <translation>확인하고 제출</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I promise that what I have stated is true. While I receive unemployment benefit, I will tell the agency at once (at a service counter or by calling 12333) if: I find a job or register a business; I start receiving the basic pension; I join the army, settle abroad or am imprisoned; or I refuse, without good reason, a suitable job or training offered to me. I know that benefit paid after such a change must be paid back.</source>
        <translation>본인은 신고한 내용이 사실임을 약속합니다. 실업보험금을 받는 동안 다음과 같은 일이 생기면 즉시 담당기관에 알리겠습니다(봉사창구에 오거나 12333에 전화): 다시 취업하거나 공상등록을 하였을 때, 기본양로금을 받기 시작하였을 때, 군대에 입대하거나 해외에 정착하거나 형을 받고 수감되였을 때, 정당한 리유없이 소개받은 알맞는 일자리나 직업훈련을 거절하였을 때. 이런 변화가 있은 뒤에 더 받은 실업보험금은 되돌려야 한다는것을 알고 있습니다.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Apply for the training subsidy</source>
        <translation>직업훈련 보조금 신청</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for unemployment benefit</source>
        <translation>실업보험금 신청</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Or type another number on the keypad, then OK.</source>
        <translation>다른 번호는 건반에서 누르시고 《확인》을 누르십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this number</source>
        <translation>이 번호로 하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Paid into</source>
        <translation>받을 곳</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Bank</source>
        <translation>은행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>계좌번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You never need to give a bank card number here. To change the account, ask at a service counter.</source>
        <translation>여기서는 은행카드 번호를 알려주실 필요가 없습니다. 계좌를 바꾸시려면 봉사창구에 문의하십시오.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, pay into this account</source>
        <translation>예, 이 계좌로 받겠습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have read it and I promise</source>
        <translation>읽었습니다. 약속합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You apply for</source>
        <translation>신청하는 것</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Accepted</source>
        <translation>✓ 약속하였습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Submit to send your application. To change something, press Back.</source>
        <translation>《제출》을 누르시면 신청이 보내집니다. 고치시려면 《이전으로》를 누르십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number on file is {mobile}.</source>
        <translation>등록된 번호는 {mobile}입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no mobile number on file. Please type yours.</source>
        <translation>등록된 손전화번호가 없습니다. 번호를 눌러주십시오.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Commitment version {version}</source>
        <translation>약속서 판본 {version}</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../screens/appointment_messages.py" line="+79"/>
        <source>Years of work before contributions (documents)</source>
        <translation>보험료를 낸것으로 보는 년한 인정(자료 제출)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem with my identity details</source>
        <translation>신분정보에 문제가 있음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem with my payment account</source>
        <translation>수령계좌에 문제가 있음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something else</source>
        <translation>기타 사항</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your ID card, your personnel file or papers showing when you started work, and any certificate from your former employer.</source>
        <translation>신분증, 본인 당안이나 사업에 참가한 시간을 증명하는 자료, 그리고 원래 단위에서 뗀 증명.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ID card (and the old one if it was replaced), and your household register.</source>
        <translation>신분증(증을 바꾼적이 있으면 낡은 증도)과 호구부.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your ID card, your social security card, and the bank card or passbook.</source>
        <translation>신분증, 사회보장카드, 그리고 은행카드나 저금통장.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your ID card and any papers about your question.</source>
        <translation>신분증과 처리할 사항에 관계되는 자료.</translation>
    </message>
    <message>
        <location filename="../../screens/appointments.py" line="+67"/>
        <source>Full</source>
        <translation>다 찼음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} places free</source>
        <translation>빈자리 {count}개</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Cancel</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Book a counter appointment</source>
        <translation>창구 예약</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your appointments</source>
        <translation>나의 예약</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At {centre}</source>
        <translation>장소: {centre}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again</source>
        <translation>다시 해보기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booked: {when}</source>
        <translation>예약하였음: {when}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Counter appointment</source>
        <translation>창구 예약</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For</source>
        <translation>예약사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>날자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment number</source>
        <translation>예약번호(끝자리)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please bring</source>
        <translation>가지고 오실것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>예약하기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, cancel it</source>
        <translation>예, 취소합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the appointment slip</source>
        <translation>예약서 인쇄</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../screens/bottom_bar.py" line="+47"/>
        <source>Back</source>
        <translation>이전으로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>첫 화면으로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>BusyScreen</name>
    <message>
        <location filename="../../screens/busy.py" line="+44"/>
        <source>Please wait</source>
        <translation>잠시 기다려주십시오</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This usually takes a few seconds. You do not need to touch anything.</source>
        <translation>보통 몇초면 됩니다. 아무것도 누르지 않으셔도 됩니다.</translation>
    </message>
</context>
<context>
    <name>ChangeKinds</name>
    <message>
        <location filename="../../screens/change_messages.py" line="+98"/>
        <source>I have a new job</source>
        <translation>새 일자리를 얻었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed again, by any employer.</source>
        <translation>어느 단위에든 다시 채용되였습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I started my own business</source>
        <translation>자체로 창업하였습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-employed, or a business registered in my name.</source>
        <translation>개체경영을 하거나 제 이름으로 경영주체를 등록하였습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I receive my pension</source>
        <translation>양로금을 받고 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basic old-age pension has started.</source>
        <translation>기본양로금을 받기 시작하였습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have settled abroad</source>
        <translation>외국에 가서 정착하였습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to live in another country.</source>
        <translation>다른 나라에 가서 살고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I joined the army</source>
        <translation>군대에 입대하였습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called up for military service.</source>
        <translation>병역에 응징하여 입대하였습니다.</translation>
    </message>
</context>
<context>
    <name>ClaimantScreen</name>
    <message>
        <location filename="../../screens/kit.py" line="+191"/>
        <source>▲ Back to the top</source>
        <translation>▲ 맨 우로 가기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ More below: tap or swipe up</source>
        <translation>▼ 아래에 더 있습니다: 누르거나 우로 미십시오</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location filename="../../screens/complaint.py" line="+131"/>
        <location line="+210"/>
        <source>Complaint or suggestion</source>
        <translation>신소 또는 건의</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+111"/>
        <source>Sent on</source>
        <translation>보낸 날자</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Your words</source>
        <translation>쓴 내용</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered on</source>
        <translation>답복한 날자</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Answer</source>
        <translation>답복</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet, and late: call 12333.</source>
        <translation>아직 답복이 없고 기한이 지났습니다. 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer due by</source>
        <translation>답복기한</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New complaint or suggestion</source>
        <translation>새 신소 또는 건의</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write my own words</source>
        <translation>직접 쓰기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>다시 해보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>About</source>
        <translation>내용구분</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>What you wrote</source>
        <translation>쓴 내용</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Printing your receipt. Please wait.</source>
        <translation>접수증을 인쇄하고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is printed. Please take it.</source>
        <translation>접수증이 인쇄되였습니다. 가져가십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>업무번호</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff answer by</source>
        <translation>답복기한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>접수증 인쇄</translation>
    </message>
    <message>
        <location filename="../../screens/complaint_messages.py" line="+56"/>
        <source>How staff treated me</source>
        <translation>사업일군의 봉사태도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting too long</source>
        <translation>기다리는 시간이 너무 김</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A decision on my application</source>
        <translation>심사결정에 대한 의견</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My payments</source>
        <translation>대우 지급문제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using this kiosk</source>
        <translation>자동봉사기 사용문제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suggestion</source>
        <translation>의견과 건의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>CoursesScreen</name>
    <message>
        <location filename="../../screens/courses.py" line="+46"/>
        <source>From {start} to {end}</source>
        <translation>{start}부터 {end}까지</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subsidy: {amount}</source>
        <translation>보조금: {amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap here to apply for this course</source>
        <translation>이 과정으로 신청하시려면 여기를 누르십시오</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training subsidy</source>
        <translation>직업훈련 보조금</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>다시 해보기</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../screens/report_change.py" line="+151"/>
        <source>Year</source>
        <translation>년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>DecisionScreen</name>
    <message>
        <location filename="../../screens/decision_notice.py" line="+94"/>
        <source>Written decision</source>
        <translation>서면 결정</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision not to approve</source>
        <translation>불승인 결정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision number</source>
        <translation>결정서 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>결정 기관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of decision</source>
        <translation>결정 날자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit for the decision</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, and the rules it rests on</source>
        <translation>리유와 근거</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you disagree</source>
        <translation>이 결정에 불복하는 경우</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limits run from the day you receive this decision. The last days shown count from the date of the decision.</source>
        <translation>기한은 이 결정을 받은 날부터 계산합니다. 우의 마감 날자는 결정한 날에 받은 것으로 계산한 것입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again</source>
        <translation>다시 인쇄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the decision</source>
        <translation>결정서 인쇄</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rule: {rule}</source>
        <translation>근거: {rule}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Administrative review: apply by {date}</source>
        <translation>행정복의: {date}까지 신청</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lawsuit: file by {date}</source>
        <translation>행정소송: {date}까지 제기</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../screens/eligibility.py" line="+38"/>
        <source>Rule: {rule}</source>
        <translation>근거: {rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you can do: {action}</source>
        <translation>하실수 있는 일: {action}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Can I receive the benefit?</source>
        <translation>실업보험금을 받을수 있습니까?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your last job, as the employer reported it</source>
        <translation>단위에서 보고한 마지막 일자리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employer</source>
        <translation>단위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of work</source>
        <translation>마지막 출근날</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the job ended</source>
        <translation>그만두게 된 리유</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months of insurance paid</source>
        <translation>보험료를 낸 달수</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can receive</source>
        <translation>받으실수 있는 돈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency confirms the amount when it decides.</source>
        <translation>정확한 금액은 담당기관이 결정할 때 확정됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply now</source>
        <translation>지금 신청하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>다시 해보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my application</source>
        <translation>내 신청 보기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply for a written decision</source>
        <translation>그래도 신청(서면 결정 받기)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application number: {reference}</source>
        <translation>신청번호: {reference}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About {amount} a month</source>
        <translation>한달에 약 {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For up to {months}, paid every month.</source>
        <translation>최장 {months} 동안 달마다 드립니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In total about {total}.</source>
        <translation>모두 약 {total}입니다.</translation>
    </message>
</context>
<context>
    <name>EndingScreen</name>
    <message>
        <location filename="../../screens/ending.py" line="+56"/>
        <source>Goodbye</source>
        <translation>안녕히 가십시오</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your details have been cleared from this screen.</source>
        <translation>화면에서 고객님의 정보를 모두 지웠습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please take your card with you.</source>
        <translation>카드를 꼭 가져가십시오.</translation>
    </message>
</context>
<context>
    <name>FieldStaffLogin</name>
    <message>
        <location filename="../../screens/field_staff_login.py" line="+25"/>
        <source>Wrong staff name or password. %1 more wrong tries without the network, then this laptop needs an online sign-in.</source>
        <translation>사업일군 이름이나 비밀번호가 틀렸습니다. 통신망이 없을 때는 %1번 더 틀릴수 있으며 그 뒤에는 이 휴대용콤퓨터에서 통신망에 련결하여 로그인하여야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong staff name or password. Please try again.</source>
        <translation>사업일군 이름이나 비밀번호가 틀렸습니다. 다시 해보십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is not a field visitor&apos;s. Home visits need the field visitor role.</source>
        <translation>이 계정은 방문봉사 사업일군의 계정이 아닙니다. 방문봉사에는 방문봉사 사업일군 권한이 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong tries. Please wait a few minutes and try again.</source>
        <translation>너무 여러번 틀렸습니다. 몇분 기다렸다가 다시 해보십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No network, and you have not signed in on this laptop with the network yet. Sign in once where there is a network.</source>
        <translation>지금 통신망이 없는데 이 휴대용콤퓨터에서 아직 통신망에 련결하여 로그인한적이 없습니다. 통신망이 있는 곳에서 한번 로그인하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No network, and your last online sign-in on this laptop is more than 7 days old. Sign in once where there is a network.</source>
        <translation>지금 통신망이 없는데 이 휴대용콤퓨터에서 마지막으로 통신망에 련결하여 로그인한지 7일이 지났습니다. 통신망이 있는 곳에서 한번 로그인하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency could not sign you in right now. Please call the service desk.</source>
        <translation>담당기관에서 지금 로그인을 처리할수 없습니다. 기술지원부문에 련락하십시오.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+12"/>
        <source>Home visit: staff sign-in</source>
        <translation>방문봉사: 사업일군 로그인</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field visitor signs in before serving the claimant at home. Without a network, your last online sign-in on this laptop works for 7 days.</source>
        <translation>방문봉사 사업일군이 먼저 로그인한 뒤 신청인의 일을 처리합니다. 통신망이 없을 때는 이 휴대용콤퓨터에서 마지막으로 통신망에 련결하여 로그인한 때부터 7일 동안 로그인할수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff name</source>
        <translation>사업일군 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>확인하고 있습니다…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../screens/guide.py" line="+122"/>
        <source>Guide and flowchart</source>
        <translation>업무안내와 흐름도</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print this guide</source>
        <translation>이 안내 인쇄하기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything on the paper is also on this screen.</source>
        <translation>인쇄할 내용은 이 화면에 다 있습니다.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="+101"/>
        <source>Home</source>
        <translation>첫 화면</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply for unemployment benefit</source>
        <translation>실업보험금 신청</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See what you are entitled to, then apply. No certificates needed.</source>
        <translation>받으실수 있는 돈을 보고 신청하십시오. 증명서는 필요없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my application</source>
        <translation>내 신청 조회</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far it has got, payments, and what happens next.</source>
        <translation>어디까지 처리되였는지, 받은 돈, 다음에 할 일.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide and flowchart</source>
        <translation>업무안내와 흐름도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The steps, the time limits, a picture.</source>
        <translation>처리 절차, 기한, 흐름도.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training subsidy</source>
        <translation>직업훈련 보조금</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In an approved training course? Apply for the subsidy.</source>
        <translation>인정된 직업훈련에 참가하십니까? 보조금을 신청하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other services</source>
        <translation>기타 업무</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a change, update your details, appointments, complaints.</source>
        <translation>변화 신고, 정보 변경, 예약, 신소.</translation>
    </message>
</context>
<context>
    <name>HomeVisitBanner</name>
    <message>
        <location filename="../../screens/home_visit_banner.py" line="+63"/>
        <source>Home visit by %1</source>
        <translation>방문봉사: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in without the network</source>
        <translation>통신망 없이 로그인</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff sign-out</source>
        <translation>사업일군 로그아웃</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../screens/identity.py" line="+56"/>
        <source>Is this you?</source>
        <translation>본인이 맞습니까?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>신분증번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some characters are hidden to protect you. If this is not you, press “This is not me”: nothing more will be shown.</source>
        <translation>개인정보 보호를 위해 일부 글자를 가렸습니다. 본인이 아니면 《본인이 아닙니다》를 누르십시오. 더는 아무것도 보여드리지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, this is me</source>
        <translation>예, 본인입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not me</source>
        <translation>본인이 아닙니다</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../screens/idle.py" line="+344"/>
        <source>Unemployment benefit self-service</source>
        <translation>실업보험금 신청·조회</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Apply for unemployment benefit here, by yourself.</source>
        <translation>여기서 실업보험금을 신청하실수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just bring your social security card or ID card. No certificates needed.</source>
        <translation>사회보장카드나 신분증만 있으면 됩니다. 증명서는 필요없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you can do here</source>
        <translation>여기서 할수 있는 일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply for unemployment benefit</source>
        <translation>실업보험금 신청</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost your job? Apply for the monthly benefit.</source>
        <translation>일자리를 잃으셨으면 다달이 받는 실업보험금을 신청하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my application</source>
        <translation>내 신청 조회</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See how far it has got and what has been paid.</source>
        <translation>어디까지 처리되였는지, 얼마를 받았는지 보실수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guide</source>
        <translation>업무안내</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps, the time limits, and where to ask.</source>
        <translation>처리 절차와 기한, 문의할 곳을 알려드립니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to start</source>
        <translation>이렇게 시작하십시오</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert social security card</source>
        <translation>사회보장카드를 꽂으십시오</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push it into the card slot; leave it in until you finish.</source>
        <translation>카드구멍에 꽂고 다 끝날때까지 빼지 마십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place ID card on the reader</source>
        <translation>신분증을 판독기 우에 놓으십시오</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show your e-card QR code to the scanner</source>
        <translation>전자사회보장카드의 2차원코드를 스캐너에 대십시오</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the electronic social security card in your phone app.</source>
        <translation>손전화에서 전자사회보장카드를 여십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your card is still in the reader. Please take it with you.</source>
        <translation>카드가 아직 카드구멍에 있습니다. 꼭 가져가십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide (no card needed)</source>
        <translation>업무안내 (카드 없이)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need help? Ask the staff, or call</source>
        <translation>모르시는것은 직원이나 상담전화에 물어보십시오</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+9"/>
        <source>or</source>
        <translation>또는</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A code will then be sent to your mobile phone.</source>
        <translation>그다음 손전화로 인증번호를 보내드립니다.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../screens/messages.py" line="+48"/>
        <source>Welcome. Insert your social security card, or place your ID card on the reader.</source>
        <translation>어서 오십시오. 사회보장카드를 꽂거나 신분증을 판독기 우에 놓으십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please take your card with you.</source>
        <translation>카드를 꼭 가져가십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is not connected right now. You can still apply.</source>
        <translation>지금 통신망이 련결되지 않았습니다. 그래도 신청하실수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you still there?</source>
        <translation>아직 계십니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading your card. Please leave it in the slot.</source>
        <translation>카드를 읽고 있습니다. 카드를 빼지 마십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a code to your mobile phone.</source>
        <translation>손전화로 인증번호를 보내고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your card&apos;s PIN on the keypad, then press OK.</source>
        <translation>건반에서 카드 비밀번호를 누르시고 《확인》을 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking your PIN. Please wait.</source>
        <translation>비밀번호를 확인하고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN was not right. Please try again.</source>
        <translation>비밀번호가 맞지 않습니다. 다시 눌러주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter all the digits of your PIN.</source>
        <translation>비밀번호를 끝까지 다 눌러주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: one try left. If this PIN is wrong too, the card will be locked and must be unlocked at a service counter.</source>
        <translation>주의하십시오: 한번만 남았습니다. 이번에도 비밀번호가 틀리면 카드가 잠기며 봉사창구에 가셔야 풀수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card is locked because the PIN was wrong too many times. Please take the card to a service counter to unlock it, or call 12333.</source>
        <translation>비밀번호가 여러번 틀려 카드가 잠겼습니다. 카드를 가지고 봉사창구에 가서 푸시거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the code from the text message we just sent.</source>
        <translation>방금 문자로 보내드린 인증번호를 눌러주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the code. Please wait.</source>
        <translation>인증번호를 확인하고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That code was not right. Please look at the message again.</source>
        <translation>인증번호가 맞지 않습니다. 문자를 다시 보십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter all the digits of the code.</source>
        <translation>인증번호를 끝까지 다 눌러주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code can no longer be used. Please ask for a new code.</source>
        <translation>이 인증번호는 더 쓸수 없습니다. 새 인증번호를 받으십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card could not be read. Please take it out, wipe the chip gently and insert it again.</source>
        <translation>카드를 읽을수 없습니다. 카드를 빼서 칩을 살살 닦은 다음 다시 꽂으십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a social security card. Please insert your social security card, or place your ID card on the reader.</source>
        <translation>이것은 사회보장카드가 아닙니다. 사회보장카드를 꽂거나 신분증을 판독기 우에 놓으십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card reader is not working right now. Please ask the staff for help.</source>
        <translation>지금 카드 판독기가 작동하지 않습니다. 직원에게 도움을 청하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We could not find an insurance record for you. Please ask at a service counter or call 12333.</source>
        <translation>고객님의 보험 기록을 찾지 못하였습니다. 봉사창구에 문의하거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in with an ID card needs the network, which is down right now. Please use your social security card, or try again later.</source>
        <translation>신분증으로 들어가려면 통신망이 있어야 하는데 지금 련결되지 않았습니다. 사회보장카드를 쓰시거나 조금 뒤에 다시 해보십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no mobile number on file for you, so no code can be sent. Please use your social security card, or ask at a service counter.</source>
        <translation>등록된 손전화번호가 없어 인증번호를 보낼수 없습니다. 사회보장카드를 쓰시거나 봉사창구에 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many codes were sent. Please try again later, or use your social security card.</source>
        <translation>인증번호를 너무 여러번 보냈습니다. 조금 뒤에 다시 해보시거나 사회보장카드를 쓰십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many tries from this kiosk. Please wait {minutes} minutes and try again, or ask the staff for help.</source>
        <translation>이 기계에서 시도한 횟수가 너무 많습니다. {minutes}분 기다린 뒤 다시 하시거나 직원에게 도움을 청하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in cannot go on here. Please ask at a service counter or call 12333.</source>
        <translation>여기서는 더 진행할수 없습니다. 봉사창구에 문의하거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This social security card has expired. Please renew it at a service counter, or place your ID card on the reader.</source>
        <translation>이 사회보장카드는 유효기간이 지났습니다. 봉사창구에서 새로 바꾸시거나 신분증을 판독기 우에 놓으십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ID card has expired, so it cannot be used. Please renew it at the police station, or insert your social security card.</source>
        <translation>이 신분증은 유효기간이 지나 쓸수 없습니다. 공안기관에서 새로 바꾸시거나 사회보장카드를 넣으십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card&apos;s PIN is locked. Please take the card to a service counter to unlock it, or place your ID card on the reader.</source>
        <translation>이 카드의 비밀번호가 잠겨있습니다. 카드를 가지고 봉사창구에 가서 푸시거나 신분증을 판독기 우에 놓으십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card can only be checked with the network, which is down right now. Please try again later, or ask the staff.</source>
        <translation>이 카드는 통신망이 있어야 확인할수 있는데 지금 련결되지 않았습니다. 조금 뒤에 다시 해보시거나 직원에게 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card could not be confirmed as a genuine social security card, so nothing can be done with it here. Please take it to a service counter, or call 12333.</source>
        <translation>이 카드는 진짜 사회보장카드로 확인되지 않아 여기서는 처리할수 없습니다. 카드를 가지고 봉사창구에 가시거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This kiosk serves people insured in this prefecture. You are insured in {where}: please apply at a social insurance service counter there, or call 12333.</source>
        <translation>이 기계는 우리 주에서 보험에 든 분들만 처리합니다. 고객님의 보험 가입지는 {where}입니다. 그곳의 사회보험 봉사창구에서 처리하시거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This e-card code has already been used. Please refresh the code in the app and show the new one to the scanner.</source>
        <translation>이 전자사회보장카드 2차원코드는 이미 사용되였습니다. 손전화에서 2차원코드를 새로 고친 다음 새 코드를 스캐너에 대십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This e-card code has expired. Please refresh the code in the app and show the new one to the scanner.</source>
        <translation>이 전자사회보장카드 2차원코드는 유효기간이 지났습니다. 손전화에서 2차원코드를 새로 고친 다음 새 코드를 스캐너에 대십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an electronic social security card code. Please open the e-card in your app and show its QR code to the scanner.</source>
        <translation>이것은 전자사회보장카드의 2차원코드가 아닙니다. 손전화에서 전자사회보장카드를 열고 그 2차원코드를 스캐너에 대십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in with the e-card needs the network, which is down right now. Please use your social security card, or try again later.</source>
        <translation>전자사회보장카드로 들어가려면 통신망이 있어야 하는데 지금 련결되지 않았습니다. 사회보장카드를 쓰시거나 조금 뒤에 다시 해보십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding your record. Please wait.</source>
        <translation>고객님의 기록을 찾고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this you?</source>
        <translation>본인이 맞습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this you? The network is down, so these details come from your card.</source>
        <translation>본인이 맞습니까? 통신망이 련결되지 않아 카드에서 읽은 정보를 보여드립니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to do?</source>
        <translation>무엇을 하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other services: tell us about a change, or update your details</source>
        <translation>기타 업무: 정황변화를 신고하거나 정보를 변경하십시오</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your insurance record. Please wait.</source>
        <translation>보험 기록을 가져오고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your applications. Please wait.</source>
        <translation>신청 기록을 가져오고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your training courses. Please wait.</source>
        <translation>직업훈련 과정을 가져오고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good news: you can receive unemployment benefit.</source>
        <translation>기쁜 소식입니다: 실업보험금을 받으실수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot receive unemployment benefit at present.</source>
        <translation>지금은 실업보험금을 받으실수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is down, so your record cannot be checked now. You can still apply: the agency checks it when your application arrives.</source>
        <translation>통신망이 련결되지 않아 지금은 기록을 확인할수 없습니다. 그래도 신청하실수 있습니다. 신청이 도착하면 담당기관이 확인합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You already have an application in progress. You cannot apply again until it is finished. See where it stands below.</source>
        <translation>귀하는 이미 처리중인 신청이 있습니다. 처리가 끝나기 전에는 다시 신청할수 없습니다. 아래에서 처리상황을 보십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already received every month of unemployment benefit you are entitled to.</source>
        <translation>귀하가 받을수 있는 실업보험금을 이미 모든 달 다 받았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your record cannot be checked here. Please ask at a service counter or call 12333.</source>
        <translation>여기서는 기록을 확인할수 없습니다. 봉사창구에 문의하거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which mobile number can the agency reach you on?</source>
        <translation>담당기관이 어느 손전화번호로 련락하면 됩니까?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benefit will be paid into this account. Is that right?</source>
        <translation>실업보험금을 이 계좌로 드립니다. 맞습니까?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no payment account on file for you. Please ask at a service counter to add one.</source>
        <translation>등록된 받을 계좌가 없습니다. 봉사창구에서 등록하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please read this promise, then accept it.</source>
        <translation>아래 약속을 읽으시고 동의하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check your application, then submit it.</source>
        <translation>신청 내용을 확인하시고 제출하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number has 11 digits. Please check the number.</source>
        <translation>손전화번호는 11자리입니다. 번호를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number has only digits. Please check the number.</source>
        <translation>손전화번호는 숫자로만 되여있습니다. 번호를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number starts with 1. Please check the number.</source>
        <translation>손전화번호는 1로 시작합니다. 번호를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved: this kiosk&apos;s storage is full. Nothing was sent. Please ask the staff, or apply at a service counter.</source>
        <translation>신청을 저장하지 못하였습니다: 이 기계의 저장공간이 찼습니다. 아무것도 보내지 않았습니다. 직원에게 문의하시거나 봉사창구에서 신청하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your application could not be saved, and nothing was sent. Please press Submit again, or ask the staff.</source>
        <translation>신청을 저장하지 못하였으며 아무것도 보내지 않았습니다. 《제출》을 다시 누르시거나 직원에게 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving your application. Please wait.</source>
        <translation>신청을 저장하고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is saved. Sending it to the agency.</source>
        <translation>신청을 저장하였습니다. 담당기관에 보내고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk. It will be sent when the network is back. One moment, please.</source>
        <translation>신청은 이 기계에 저장되였습니다. 통신망이 다시 련결되면 보내집니다. 잠간 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency has received your application.</source>
        <translation>담당기관에서 신청을 접수하였습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk. It is sent to the agency automatically when the network is back.</source>
        <translation>신청은 이 기계에 저장되였습니다. 통신망이 다시 련결되면 담당기관에 자동으로 보내집니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing your receipt. Please wait.</source>
        <translation>접수증을 인쇄하고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is printed. Please take it.</source>
        <translation>접수증을 인쇄하였습니다. 가져가십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer has run out of paper. Please ask the staff to put in more. You can print once the printer is ready again.</source>
        <translation>인쇄기에 종이가 떨어졌습니다. 일군에게 종이를 넣어달라고 하십시오. 인쇄기가 다시 준비되면 인쇄할수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer&apos;s cover is open. Please ask the staff to close it. You can print once the printer is ready again.</source>
        <translation>인쇄기 뚜껑이 열려있습니다. 일군에게 닫아달라고 하십시오. 인쇄기가 다시 준비되면 인쇄할수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer is ready again. You can print now.</source>
        <translation>인쇄기가 다시 준비되였습니다. 이제 인쇄할수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is not working right now.</source>
        <translation>지금 인쇄기가 작동하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt could not be printed.</source>
        <translation>접수증을 인쇄하지 못하였습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is already safe. The receipt is only for your records.</source>
        <translation>신청은 이미 안전하게 저장되였습니다. 접수증은 보관용일뿐입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your applications, as the agency has them.</source>
        <translation>담당기관에 있는 고객님의 신청입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is down, so this shows only what this kiosk knows. It may be out of date.</source>
        <translation>통신망이 련결되지 않아 이 기계에 있는 내용만 보여드립니다. 최신 내용이 아닐수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no applications yet.</source>
        <translation>아직 신청하신것이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your applications cannot be shown right now. Please try again, or call 12333.</source>
        <translation>지금은 신청 기록을 보여드릴수 없습니다. 다시 해보시거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to apply for unemployment benefit</source>
        <translation>실업보험금 신청 방법</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the guide. Please wait.</source>
        <translation>안내를 인쇄하고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guide is printed. Please take it.</source>
        <translation>안내를 인쇄하였습니다. 가져가십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your course to apply for the subsidy.</source>
        <translation>참가하신 과정을 골라 보조금을 신청하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no approved training course on record for you.</source>
        <translation>인정된 직업훈련 과정에 참가하신 기록이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your courses cannot be shown right now. Please try again later.</source>
        <translation>지금은 과정을 보여드릴수 없습니다. 조금 뒤에 다시 해보십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. You have finished.</source>
        <translation>감사합니다. 다 끝났습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your card was taken out, so we finished.</source>
        <translation>카드를 빼셔서 끝냈습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We finished because the screen was not touched for a while.</source>
        <translation>한동안 화면을 누르지 않으셔서 자동으로 끝냈습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We stopped and showed nothing more. If the details were wrong, please ask the staff.</source>
        <translation>진행을 멈추고 더는 아무것도 보여드리지 않았습니다. 정보가 틀렸으면 직원에게 문의하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your application was already sent to the agency. It is kept.</source>
        <translation>신청은 이미 담당기관에 보내졌습니다. 보존되였습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk and will be sent to the agency. It is kept.</source>
        <translation>신청은 이 기계에 저장되였으며 담당기관에 보내집니다. 보존되였습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An application you had not submitted yet was not kept. Please start it again.</source>
        <translation>아직 제출하지 않은 신청은 보존되지 않았습니다. 다시 시작하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing. Wait for a text message from the agency.</source>
        <translation>하실 일은 없습니다. 담당기관의 문자를 기다리십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing.</source>
        <translation>하실 일은 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the agency at once if you find a job, start a pension, or move abroad.</source>
        <translation>취업하거나 양로금을 받기 시작하거나 해외로 이주하시면 즉시 담당기관에 알리십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the reason. If you disagree, go to a service counter or call 12333.</source>
        <translation>리유를 보십시오. 동의하지 않으시면 봉사창구에 오시거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please go to a service counter with your card.</source>
        <translation>카드를 가지고 봉사창구에 오십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing. You may apply again at any time.</source>
        <translation>하실 일은 없습니다. 언제든지 다시 신청할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kiosk sends it to the agency when the network is back.</source>
        <translation>통신망이 다시 련결되면 이 기계가 담당기관에 보냅니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency checks your application.</source>
        <translation>담당기관이 신청을 확인합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency decides and tells you by text message.</source>
        <translation>담당기관이 결정하여 문자로 알려드립니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency pays into your account every month.</source>
        <translation>담당기관이 달마다 계좌로 드립니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency still pays the months before the stop into your account.</source>
        <translation>지급이 중지되기 전 달의 돈은 담당기관이 계좌로 드립니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing more.</source>
        <translation>더 할 일은 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency could not accept it. Staff keep it and will contact you.</source>
        <translation>담당기관에서 접수하지 못하였습니다. 직원이 보관하였다가 련락드립니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved on a kiosk, not yet sent</source>
        <translation>기계에 저장됨, 아직 보내지 않음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by the agency</source>
        <translation>담당기관 접수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being checked</source>
        <translation>확인중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not approved</source>
        <translation>신청이 거절되였음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be accepted</source>
        <translation>접수되지 못함</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being paid</source>
        <translation>매달 지급하고있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment stopped</source>
        <translation>지급이 중지되였음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>지급 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at your request</source>
        <translation>본인의 요청으로 철회되였습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract ended and was not renewed</source>
        <translation>로동계약이 끝나고 연장하지 않았습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employer ended the contract</source>
        <translation>단위에서 로동계약을 해지하였습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissed by the employer</source>
        <translation>단위에서 해고되였습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You ended it because the employer broke the contract</source>
        <translation>단위가 계약을 어겨 본인이 해지하였습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended by agreement, at the employer&apos;s proposal</source>
        <translation>단위의 제의로 합의하여 해지하였습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You resigned</source>
        <translation>본인이 사직하였습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>기타 리유</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unemployment benefit</source>
        <translation>실업보험금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training subsidy</source>
        <translation>직업훈련 보조금</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The financial account of your social security card</source>
        <translation>사회보장카드의 금융계좌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank account</source>
        <translation>은행계좌</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new employer pays your insurance.</source>
        <translation>새 단위에서 보험료를 내고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You registered a business.</source>
        <translation>공상등록을 하셨습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You receive a pension.</source>
        <translation>양로금을 받고 계십니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suitable job offer was refused.</source>
        <translation>소개받은 알맞는 일자리를 거절하셨습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training offer was refused.</source>
        <translation>제공된 직업훈련을 거절하셨습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You joined the army.</source>
        <translation>군대에 입대하셨습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You settled abroad.</source>
        <translation>해외에 정착하셨습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court sentence.</source>
        <translation>형을 받고 수감되셨습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please ask at a service counter or call 12333 for the reason.</source>
        <translation>리유는 봉사창구에 문의하거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location filename="../../screens/change_messages.py" line="-102"/>
        <source>Finding your claim. Please wait.</source>
        <translation>신청을 찾고 있습니다. 잠시 기다리십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What has changed?</source>
        <translation>무엇이 달라졌습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did it happen?</source>
        <translation>언제 있은 일입니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check, then send it to the agency</source>
        <translation>확인하신 뒤 담당기관에 보내십시오</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending your report to the agency. Please wait.</source>
        <translation>담당기관에 보내고 있습니다. 잠시 기다리십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency has recorded your change</source>
        <translation>담당기관이 상황변화를 기록하였습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no unemployment benefit claim that a change could affect, so there is nothing to report here.</source>
        <translation>상황변화가 영향을 줄 실업보험금 신청이 없으므로 여기서 신고할것이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting a change needs the network, which is down now. Nothing was sent. Please try again later, or report it at a service counter or by calling 12333.</source>
        <translation>상황변화 신고는 통신망이 련결되여야 하는데 지금 통신망이 끊어졌습니다. 아무것도 보내지 않았습니다. 후에 다시 해보시거나 봉사창구에서 신고하시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That day has not come yet. Choose the day it actually happened.</source>
        <translation>그날은 아직 오지 않았습니다. 실제로 있은 날을 고르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That day is before your claim began. For a change before then, please go to a service counter.</source>
        <translation>그날은 신청을 시작한 날보다 앞섭니다. 그 전에 있은 변화는 봉사창구에서 신고하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change is reported at a service counter, not at a kiosk. Nothing was recorded.</source>
        <translation>이런 변화는 자동기계가 아니라 봉사창구에서 신고합니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agency could not take this report, and nothing was recorded. Please go to a service counter or call 12333.</source>
        <translation>담당기관이 이 신고를 받지 못하여 아무것도 기록하지 않았습니다. 봉사창구에 가시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in is no longer valid, so nothing was sent. Please press Finish and sign in again.</source>
        <translation>로그인이 더는 유효하지 않아 아무것도 보내지 않았습니다. “끝내기”를 누르고 다시 로그인하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw this application?</source>
        <translation>이 신청을 철회하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawing your application. Please wait.</source>
        <translation>신청을 철회하고 있습니다. 잠시 기다리십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application has been withdrawn</source>
        <translation>신청이 철회되였습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawing needs the network, which is down now. Nothing has changed: your application still stands. Please try again later, or ask at a service counter.</source>
        <translation>신청철회는 통신망이 련결되여야 하는데 지금 통신망이 끊어졌습니다. 달라진것이 없으며 신청은 그대로 있습니다. 후에 다시 해보시거나 봉사창구에 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency has already decided this application, so it can no longer be withdrawn. If you have found work, report a change instead.</source>
        <translation>담당기관이 이 신청을 이미 결정하였으므로 더는 철회할수 없습니다. 일자리를 얻으셨으면 상황변화를 신고하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This application has already been withdrawn. There is nothing more to do.</source>
        <translation>이 신청은 이미 철회되였습니다. 더 하실 일이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency does not have this application under your name. Please ask at a service counter.</source>
        <translation>담당기관에는 당신 이름으로 된 이 신청이 없습니다. 봉사창구에 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency could not withdraw this application, so it still stands. Please ask at a service counter.</source>
        <translation>담당기관이 이 신청을 철회하지 못하여 신청은 그대로 있습니다. 봉사창구에 문의하십시오.</translation>
    </message>
    <message>
        <location filename="../../screens/details_messages.py" line="+14"/>
        <source>Type your new mobile number, then press OK. We will text a code to it.</source>
        <translation>새 손전화번호를 누르고 《확인》을 누르십시오. 그 번호로 인증번호를 문자로 보내드립니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a code to your new mobile number.</source>
        <translation>새 손전화번호로 인증번호를 보내고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the code from the text message on your new phone.</source>
        <translation>새 손전화로 받은 문자의 인증번호를 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That code was not right. Please look at the message on your new phone again.</source>
        <translation>인증번호가 맞지 않습니다. 새 손전화로 받은 문자를 다시 보십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong tries: this code no longer works. Press “Send a new code”.</source>
        <translation>너무 여러번 틀려서 이 인증번호는 더 쓸수 없습니다. 《인증번호 다시 받기》를 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code has expired, or a newer one was sent. Press “Send a new code”.</source>
        <translation>이 인증번호는 기한이 지났거나 새 인증번호가 나갔습니다. 《인증번호 다시 받기》를 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing your mobile number needs the network, and it is not connected now. Please try again later, or ask at a service counter.</source>
        <translation>손전화번호를 바꾸려면 통신망이 련결되여야 하는데 지금 련결되지 않았습니다. 이따가 다시 해보시거나 봉사창구에 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is already the number on file. Please type your new number.</source>
        <translation>이 번호는 이미 등록된 번호입니다. 새 번호를 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many codes were sent to you today. Please try again tomorrow, or ask at a service counter.</source>
        <translation>오늘 인증번호를 너무 여러번 보냈습니다. 래일 다시 해보시거나 봉사창구에 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number cannot be changed here. Please ask at a service counter, or call 12333.</source>
        <translation>여기서는 번호를 바꿀수 없습니다. 봉사창구에 문의하시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your mobile number has been changed.</source>
        <translation>손전화번호가 바뀌였습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the accounts on file.</source>
        <translation>등록된 계좌를 찾고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account should your benefit be paid into? Tap one.</source>
        <translation>실업보험금을 어느 계좌로 받으시겠습니까? 하나를 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay your benefit into this account?</source>
        <translation>실업보험금을 이 계좌로 받으시겠습니까?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving your choice. Please wait.</source>
        <translation>선택하신것을 저장하고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no account on file for your benefit.</source>
        <translation>실업보험금을 받을 계좌가 등록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add one, bring your ID card and bank card to a service counter, or ask the bank that issued your social security card to open its financial account. A card number is never typed at this kiosk.</source>
        <translation>계좌를 추가하시려면 신분증과 은행카드를 가지고 봉사창구에 오시거나, 사회보장카드를 발급한 은행에 카드의 금융계좌를 개통해달라고 하십시오. 이 자동기기에서는 카드번호를 절대 누르지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The accounts on file can only be shown with the network, and it is not connected now. Please try again later.</source>
        <translation>등록된 계좌는 통신망이 련결되여야 보여드릴수 있는데 지금 련결되지 않았습니다. 이따가 다시 해보십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounts on file cannot be shown here. Please ask at a service counter, or call 12333.</source>
        <translation>여기서는 등록된 계좌를 보여드릴수 없습니다. 봉사창구에 문의하시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your choice could not be saved, so nothing was changed. Please try again.</source>
        <translation>선택하신것이 저장되지 않아 아무것도 바뀌지 않았습니다. 다시 해보십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: your benefit will be paid into this account.</source>
        <translation>되였습니다. 실업보험금은 이 계좌로 들어갑니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already the account your benefit is paid into. Nothing was changed.</source>
        <translation>실업보험금은 이미 이 계좌로 들어가고 있습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This applies from the next payment the agency sends. A payment already sent to the bank is not moved.</source>
        <translation>담당기관이 다음번에 보내는 지급부터 적용됩니다. 이미 은행에 보낸 돈은 옮기지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which account should your benefit be paid into? The social security card&apos;s account is proposed; tap another to change it.</source>
        <translation>실업보험금을 어느 계좌로 받으시겠습니까? 사회보장카드의 계좌가 먼저 골라져있습니다. 바꾸시려면 다른 계좌를 누르십시오.</translation>
    </message>
    <message>
        <location filename="../../screens/proof_messages.py" line="+13"/>
        <source>By your record you are unlikely to qualify, for the reasons below. You may still apply: the agency then decides and sends you a written decision you can appeal.</source>
        <translation>기록에 따르면 아래의 리유로 수령 조건에 부합하지 않을수 있습니다. 그래도 신청할수 있습니다. 담당기관이 심사한 후 서면 결정을 보내드리며, 불복하면 행정복의를 신청하거나 소송을 제기할수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your application was not approved. This is the agency&apos;s written decision.</source>
        <translation>귀하의 신청은 승인되지 않았습니다. 아래는 담당기관의 서면 결정입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing the decision. Please wait.</source>
        <translation>결정서를 인쇄하고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision is printed. Please take it and keep it.</source>
        <translation>결정서가 인쇄되였습니다. 가져가서 잘 보관하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your unemployment registration. Please wait.</source>
        <translation>실업등록을 조회하고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your proof of unemployment registration. Check it, then print it.</source>
        <translation>실업등록 증명입니다. 확인한 후 인쇄하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing your proof. Please wait.</source>
        <translation>증명을 인쇄하고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your proof is printed. Please take it.</source>
        <translation>증명이 인쇄되였습니다. 가져가십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no unemployment registration on file for you. Applying for the benefit registers you.</source>
        <translation>시스템에 귀하의 실업등록 기록이 없습니다. 실업보험금을 신청하면 실업등록도 함께 됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proof needs the network, which is not connected right now. Please try again later or ask at a service counter.</source>
        <translation>증명을 발급하려면 통신망이 련결되여야 하는데 지금은 련결되지 않았습니다. 잠시 후 다시 시도하시거나 업무창구에 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency cannot give a proof here. Please ask at a service counter or call 12333.</source>
        <translation>담당기관이 여기에서 증명을 발급할수 없습니다. 업무창구에 문의하시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location filename="../../screens/appointment_messages.py" line="-93"/>
        <source>Finding free times at your service centre.</source>
        <translation>봉사망점에서 예약할수 있는 시간을 찾고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking an appointment needs the network, and it is not connected now. Please try again later, or call 12333.</source>
        <translation>예약하려면 통신망이 련결되여야 하는데 지금 련결되지 않았습니다. 조금 후 다시 해보시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No service centre takes appointments for your area at this kiosk. Please call 12333.</source>
        <translation>이 자동봉사기에서는 계신 지역의 창구를 예약할수 없습니다. 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The appointment could not be booked. Please ask at a service counter or call 12333.</source>
        <translation>예약하지 못하였습니다. 봉사창구에 물어보시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What do you need to do at the counter?</source>
        <translation>창구에서 무슨 일을 보시렵니까?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a day.</source>
        <translation>날자를 고르십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time. Times marked “Full” cannot be booked.</source>
        <translation>시간을 고르십시오. “다 찼음”이라고 된 시간은 예약할수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone has just booked the last place at that time. Please choose another time.</source>
        <translation>그 시간의 마지막 자리가 방금 예약되였습니다. 다른 시간을 고르십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You already have an appointment for this. Cancel it below if you need another time.</source>
        <translation>이 일로 이미 예약하였습니다. 시간을 바꾸려면 아래에서 먼저 원래 예약을 취소하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check your appointment, then press “Book”.</source>
        <translation>예약내용을 확인하고 “예약하기”를 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking your appointment.</source>
        <translation>예약하고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your appointment is booked. We have also sent you a text message.</source>
        <translation>예약되였습니다. 문자로도 알려드렸습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing your appointment slip.</source>
        <translation>예약서를 인쇄하고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please take your appointment slip.</source>
        <translation>예약서를 가져가십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to cancel this appointment?</source>
        <translation>이 예약을 취소하시겠습니까?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling your appointment.</source>
        <translation>예약을 취소하고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your appointment is cancelled. We have also sent you a text message.</source>
        <translation>예약이 취소되였습니다. 문자로도 알려드렸습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appointment could not be cancelled. Please try again, or call 12333.</source>
        <translation>예약을 취소하지 못하였습니다. 다시 해보시거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location filename="../../screens/complaint_messages.py" line="-54"/>
        <source>Looking up your earlier complaints and suggestions.</source>
        <translation>이전에 제기한 신소와 건의를 찾고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your complaints and suggestions, and the staff&apos;s answers.</source>
        <translation>제기한 신소와 건의, 그리고 사업일군의 답복입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is it about? Choose one.</source>
        <translation>무엇에 관한것입니까? 하나를 고르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a sentence that says it, or write your own.</source>
        <translation>알맞는 문장을 고르거나 직접 쓰십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what you want to tell us, then press Next.</source>
        <translation>하고싶은 말을 쓴 다음 《다음》을 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check what will be sent, then press Send.</source>
        <translation>보낼 내용을 확인한 다음 《보내기》를 누르십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending. Please wait.</source>
        <translation>보내고 있습니다. 잠시 기다려주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received. Staff will answer by the date below.</source>
        <translation>접수되였습니다. 사업일군이 아래 날자까지 답복합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be sent right now: the network is not connected. Please try again later, or call 12333.</source>
        <translation>망이 련결되지 않아 지금은 보낼수 없습니다. 후에 다시 해보거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This could not be sent. Please ask the staff at the counter, or call 12333.</source>
        <translation>보낼수 없었습니다. 창구의 사업일군에게 문의하거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please write something first.</source>
        <translation>먼저 내용을 쓰십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is longer than 500 characters. Please make it shorter.</source>
        <translation>500자를 넘었습니다. 좀 짧게 쓰십시오.</translation>
    </message>
</context>
<context>
    <name>MoreServicesScreen</name>
    <message>
        <location filename="../../screens/more_services.py" line="+34"/>
        <source>Report a change</source>
        <translation>정황변화 신고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found work, a pension, moving abroad, joining the army: tell us promptly.</source>
        <translation>일자리를 찾았거나 양로금을 받거나 외국에 정착하거나 입대하면 제때에 알려주십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change my mobile number</source>
        <translation>손전화번호 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code goes to the new number to prove it is yours.</source>
        <translation>새 번호로 인증번호를 보내 본인의 번호임을 확인합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment account</source>
        <translation>수령계좌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which of your accounts the benefit is paid into.</source>
        <translation>실업보험금을 받을 계좌를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print proof of registration</source>
        <translation>실업등록증명 인쇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proof of your unemployment registration, with a code to verify it.</source>
        <translation>실업등록을 증명하는 서류이며 확인용 코드가 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book a counter appointment</source>
        <translation>창구 예약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what cannot be done here: pick a day and time at your service centre.</source>
        <translation>여기서 할 수 없는 일은 봉사중심에서 날짜와 시간을 골라 예약하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint or suggestion</source>
        <translation>신소 또는 건의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell us what went wrong or what could be better; staff will answer.</source>
        <translation>잘못된 점이나 개선할 점을 알려주시면 사업일군이 답복합니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Other services</source>
        <translation>기타 업무</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../screens/offline_banner.py" line="+46"/>
        <source>The network is not connected right now.</source>
        <translation>지금 통신망이 련결되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can still apply. Your application is kept safely on this machine and sent automatically when the network is back.</source>
        <translation>그래도 신청하실수 있습니다. 신청서는 이 기계에 안전하게 보관되였다가 통신망이 다시 련결되면 자동으로 보내집니다.</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <location filename="../../screens/pin_entry.py" line="+216"/>
        <source>Code by text message</source>
        <translation>문자 인증번호</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Send a new code</source>
        <translation>인증번호 다시 받기</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The code was sent to the mobile number on file: {mobile}</source>
        <translation>등록된 손전화로 보냈습니다: {mobile}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tries left: {count}</source>
        <translation>남은 횟수: {count}번</translation>
    </message>
</context>
<context>
    <name>PaymentAccountScreen</name>
    <message>
        <location filename="../../screens/payment_account.py" line="+77"/>
        <source>Default account</source>
        <translation>기본계좌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your benefit is paid here now</source>
        <translation>지금 실업보험금이 이 계좌로 들어갑니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Chosen</source>
        <translation>✓ 골랐습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap to choose</source>
        <translation>누르면 고릅니다</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>You never type a bank card number at this kiosk. Only the accounts the agency already holds are listed.</source>
        <translation>이 자동기기에서는 은행카드 번호를 절대 누르지 않습니다. 담당기관에 이미 등록된 계좌만 보여드립니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+68"/>
        <source>Payment account</source>
        <translation>받을 계좌</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Yes, pay into this account</source>
        <translation>예, 이 계좌로 받겠습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>다시 해보기</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your benefit is paid into</source>
        <translation>실업보험금을 받을 곳</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="-78"/>
        <location filename="../../screens/pin_entry.py" line="-151"/>
        <location filename="../../screens/update_mobile.py" line="+26"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../screens/pin_entry.py" line="+1"/>
        <location filename="../../screens/update_mobile.py" line="+1"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../screens/pin_entry.py" line="+46"/>
        <source>Card PIN</source>
        <translation>카드 비밀번호</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN is the password of your social security card.</source>
        <translation>사회보장카드의 비밀번호입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand. Try once more</source>
        <translation>알았습니다. 한번 더 하기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sure of your PIN? Press Finish, take your card and ask at a service counter instead.</source>
        <translation>비밀번호가 확실하지 않으십니까? 《끝내기》를 누르고 카드를 가지고 봉사창구에 가십시오.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tries left before the card locks: {count}</source>
        <translation>카드가 잠기기전 남은 횟수: {count}번</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <location filename="../../screens/problem.py" line="+39"/>
        <source>Signing in could not go on</source>
        <translation>더 진행할수 없습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another prefecture</source>
        <translation>다른 지역</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been lost. For help, ask the staff or call</source>
        <translation>잃은것은 없습니다. 도움이 필요하시면 직원에게 문의하시거나 전화하십시오</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please take your card out of the reader now.</source>
        <translation>지금 카드를 빼주십시오.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../screens/result.py" line="+199"/>
        <source>Receipt</source>
        <translation>접수증</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try printing again</source>
        <translation>다시 인쇄하기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please wait by the slot below the screen.</source>
        <translation>화면 아래 종이 나오는 곳에서 기다리십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not need the paper. Keep the reference number instead, or photograph the screen.</source>
        <translation>종이는 없어도 됩니다. 접수번호를 적어두시거나 화면을 사진으로 찍으십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When you are done, press Finish.</source>
        <translation>다 끝나셨으면 《끝내기》를 누르십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photograph this code with your phone. It opens the page that shows how far your application has got.</source>
        <translation>손전화로 이 2차원코드를 스캔하십시오. 신청이 어디까지 처리되였는지 볼수 있습니다.</translation>
    </message>
</context>
<context>
    <name>RegistrationProofScreen</name>
    <message>
        <location filename="../../screens/registration_proof.py" line="+77"/>
        <source>Proof of unemployment registration</source>
        <translation>실업등록 증명</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the proof says</source>
        <translation>증명 내용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>신분증번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered as unemployed on</source>
        <translation>실업등록 날자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>등록 기관</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <translation>발급 날자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whoever receives the proof can scan this code to check it with the agency.</source>
        <translation>증명을 받은 사람은 이 2차원코드를 스캔하여 담당기관에 확인할수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print again</source>
        <translation>다시 인쇄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the proof</source>
        <translation>증명 인쇄</translation>
    </message>
</context>
<context>
    <name>ReportChangeScreen</name>
    <message>
        <location filename="../../screens/report_change.py" line="+125"/>
        <source>Report a change</source>
        <translation>상황변화 신고</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to the agency</source>
        <translation>담당기관에 보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>다시 해보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>변화내용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>발생날자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your claim</source>
        <translation>신청</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this means for you</source>
        <translation>이것이 당신에게 뜻하는것</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not need to name an employer: the agency learns it from the employer&apos;s contributions.</source>
        <translation>단위 이름을 적지 않아도 됩니다. 담당기관은 단위의 보험료 납부에서 알게 됩니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any day up to today, {today}.</source>
        <translation>오늘({today})까지의 어느 날이든 고를수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any day from {first}, when your claim began, up to today.</source>
        <translation>신청을 시작한 날({first})부터 오늘까지의 어느 날이든 고를수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your application has not been decided yet. The agency takes this change into account when it decides: from the month it happened, no benefit is paid.</source>
        <translation>신청은 아직 결정되지 않았습니다. 담당기관은 결정할 때 이 변화를 고려합니다. 변화가 있은 달부터는 실업보험금을 지급하지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment of your benefit stops from {month}. Any money already paid for {month} or later must be paid back; the agency will tell you how.</source>
        <translation>{month}부터 실업보험금 지급을 중지합니다. {month}과 그 뒤의 달에 대하여 이미 받은 돈은 돌려주어야 하며 담당기관이 방법을 알려드립니다.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Change recorded</source>
        <translation>변화 기록됨</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of your report</source>
        <translation>신고번호</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens next</source>
        <translation>다음에는</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text message confirms it. With this number you can ask at any counter or by calling 12333.</source>
        <translation>문자로 확인해드립니다. 이 번호를 가지고 어느 창구에서나 문의하거나 12333에 전화하여 문의하십시오.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} was already paid for {months} from then. It must be paid back; the agency will contact you about how.</source>
        <translation>그 뒤 {months} 동안 이미 {amount}을 받았습니다. 이 돈은 돌려주어야 하며 담당기관이 방법을 련락드립니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payment of your benefit stops from {month}.</source>
        <translation>{month}부터 실업보험금 지급을 중지합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment had already stopped from {month}. Nothing more changes.</source>
        <translation>실업보험금은 이미 {month}부터 중지되였습니다. 더 달라지는것은 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency takes it into account when it decides your application.</source>
        <translation>담당기관이 신청을 결정할 때 함께 고려합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your benefit had already been paid in full, so nothing changes.</source>
        <translation>실업보험금을 이미 다 받았으므로 달라지는것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../screens/result.py" line="-214"/>
        <source>The agency checks it and decides within 10 working days, then tells you by text message. You do not need to bring any papers.</source>
        <translation>담당기관이 확인하고 10개 사업일 안에 결정하여 문자로 알려드립니다. 서류는 필요없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not need to come back. When the network is back, this kiosk sends it by itself; the agency then decides within 10 working days and tells you by text message.</source>
        <translation>다시 오실 필요가 없습니다. 통신망이 련결되면 이 기계가 자동으로 보내며, 담당기관이 10개 사업일 안에 결정하여 문자로 알려드립니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your reference number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved on this kiosk, will be sent</source>
        <translation>이 기계에 저장됨, 나중에 보냄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application received</source>
        <translation>담당기관이 신청을 받았습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens next</source>
        <translation>앞으로의 일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can check your application at any kiosk, or call 12333 with the reference.</source>
        <translation>어느 기계에서나 조회하실수 있고, 접수번호를 가지고 12333에 전화하셔도 됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a receipt</source>
        <translation>접수증 인쇄</translation>
    </message>
</context>
<context>
    <name>ServiceReceipt</name>
    <message>
        <location filename="../../screens/report_change.py" line="-148"/>
        <source>Print a receipt</source>
        <translation>접수증 인쇄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print again</source>
        <translation>다시 인쇄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing. Please wait by the slot below the screen.</source>
        <translation>인쇄하고 있습니다. 화면 아래 종이 나오는 곳에서 기다리십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed. Please take your receipt.</source>
        <translation>인쇄되였습니다. 접수증을 가져가십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not need the paper: it is recorded with the agency. Keep the number instead, or photograph the screen.</source>
        <translation>종이는 없어도 됩니다. 담당기관에 기록되였습니다. 번호를 적어두시거나 화면을 사진으로 찍어두십시오.</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../screens/status.py" line="+194"/>
        <source>My applications</source>
        <translation>내 신청</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previous</source>
        <translation>앞의것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>다음것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you do next</source>
        <translation>고객님이 하실 일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agency does next</source>
        <translation>담당기관이 할 일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far</source>
        <translation>지금까지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments made</source>
        <translation>받으신 돈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>다시 해보기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown from this kiosk only. It may be out of date.</source>
        <translation>이 기계의 기록만 보여드립니다. 최신 내용이 아닐수 있습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application {number} of {count}</source>
        <translation>신청 {count}건 가운데 {number}번째</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind}, reference {reference}</source>
        <translation>{kind}, 접수번호 {reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: {situation}</source>
        <translation>지금: {situation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By {date}.</source>
        <translation>{date}까지.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read and print the decision</source>
        <translation>결정서 보기와 인쇄</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(returned by the bank, to be paid again)</source>
        <translation>(은행에서 되돌려보냄, 다시 드립니다)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{months} will not be paid because of the stop. If you lose a job again, they can be added to a new claim.</source>
        <translation>지급 중지로 {months}은 드리지 않습니다. 다시 실업하면 새 신청에 합쳐 계산할수 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdraw this application</source>
        <translation>이 신청 철회</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still on this kiosk, so it cannot be withdrawn yet. Once it has been sent, you can withdraw it here while it is undecided, or at a service counter.</source>
        <translation>신청이 아직 이 기계에 있으므로 지금은 철회할수 없습니다. 보내진 뒤 결정되기 전에 여기서나 봉사창구에서 철회할수 있습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why payment stopped: {reason}</source>
        <translation>지급 중지 리유: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment stopped from {month}. Why: {reason}</source>
        <translation>{month}부터 지급이 중지되였습니다. 리유: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written decision of {date}.</source>
        <translation>{date}에 서면 결정을 내렸습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you disagree: administrative review by {review}, or a lawsuit by {lawsuit}.</source>
        <translation>불복하면 {review}까지 행정복의를 신청하거나 {lawsuit}까지 행정소송을 제기할수 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid so far: {paid} of {granted} months</source>
        <translation>지금까지 {granted}개월 가운데 {paid}개월을 드렸습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still to be paid for the months before the stop: {months}</source>
        <translation>지급 중지 전 달 가운데 아직 드릴 기간: {months}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months still to be paid: {months}</source>
        <translation>앞으로 받으실 기간: {months}</translation>
    </message>
    <message>
        <location filename="../../screens/status_desk.py" line="+136"/>
        <source>My complaints and suggestions</source>
        <translation>나의 신소와 건의</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My counter appointments</source>
        <translation>나의 창구 예약</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking this up…</source>
        <translation>찾고 있습니다…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your complaints and suggestions could not be loaded: the network is not connected. Your applications above are not affected.</source>
        <translation>망이 련결되지 않아 신소와 건의를 보여드릴수 없습니다. 우에 있는 신청에는 영향이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your complaints and suggestions could not be loaded just now. Please ask at a service counter or call 12333.</source>
        <translation>지금은 신소와 건의를 보여드릴수 없습니다. 봉사창구에 문의하거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No complaints or suggestions in recent months.</source>
        <translation>최근 몇달 동안 제기한 신소나 건의가 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your appointments could not be loaded: the network is not connected. Your applications above are not affected.</source>
        <translation>망이 련결되지 않아 예약을 보여드릴수 없습니다. 우에 있는 신청에는 영향이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your appointments could not be loaded just now. Please ask at a service counter or call 12333.</source>
        <translation>지금은 예약을 보여드릴수 없습니다. 봉사창구에 문의하거나 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No appointments booked.</source>
        <translation>지금 예약한 창구가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent on</source>
        <translation>보낸 날자</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Answered on {date}</source>
        <translation>{date}에 답복하였습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>답복</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for an answer, due by {date}</source>
        <translation>답복을 기다리고 있습니다. 답복기한은 {date}입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered by {date} as promised: please call 12333.</source>
        <translation>답복기한({date})이 지났는데도 답복이 없습니다. 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>날자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <location filename="../../screens/text_keyboard.py" line="+412"/>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>비우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double consonants</source>
        <translation>된소리</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../../screens/timeout_overlay.py" line="+191"/>
        <source>Are you still there?</source>
        <translation>아직 계십니까?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To protect your information, this session will end by itself when the countdown reaches zero. To keep going, touch Continue.</source>
        <translation>개인정보를 보호하기 위하여 시간이 다 되면 자동으로 끝납니다. 계속하시려면 《계속하기》를 누르십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds left</source>
        <translation>초 남았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>계속하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish now</source>
        <translation>지금 끝내기</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../screens/top_bar.py" line="+115"/>
        <source>Larger text</source>
        <translation>큰 글자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>읽어주기</translation>
    </message>
</context>
<context>
    <name>UpdateMobileScreen</name>
    <message>
        <location filename="../../screens/update_mobile.py" line="+52"/>
        <source>Change my mobile number</source>
        <translation>손전화번호 변경</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your new number, typed on the keypad:</source>
        <translation>숫자판으로 누르신 새 번호:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number on file now is {mobile}.</source>
        <translation>지금 등록된 번호는 {mobile}입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no mobile number on file yet.</source>
        <translation>아직 등록된 손전화번호가 없습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code sent to your new number</source>
        <translation>새 번호로 보낸 인증번호</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code was sent to your new number: {mobile}</source>
        <translation>인증번호를 새 번호로 보냈습니다: {mobile}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Mobile number changed</source>
        <translation>손전화번호 변경됨</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mobile number on file</source>
        <translation>등록된 손전화번호</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text messages about your benefit, and the codes to sign in with your ID card, now go to the new number.</source>
        <translation>앞으로 실업보험금에 관한 문자와 신분증으로 들어올 때의 인증번호는 새 번호로 갑니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>We sent a text message to your old number to say it was changed. If you did not make this change, call 12333 at once.</source>
        <translation>원래 번호로 번호가 바뀌였다는 문자를 보냈습니다. 본인이 바꾸신것이 아니라면 즉시 12333에 전화하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you did not make this change, call 12333 at once.</source>
        <translation>본인이 바꾸신것이 아니라면 즉시 12333에 전화하십시오.</translation>
    </message>
</context>
<context>
    <name>WithdrawScreen</name>
    <message>
        <location filename="../../screens/withdraw.py" line="+61"/>
        <source>Withdraw an application</source>
        <translation>신청철회</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application</source>
        <translation>신청종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Reference</source>
        <translation>업무번호</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>What withdrawing means</source>
        <translation>철회하면</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency stops handling it and will not decide it.</source>
        <translation>담당기관은 처리를 멈추고 결정하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be paid for this application.</source>
        <translation>이 신청에 대하여서는 아무것도 지급하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be undone. You may apply again later, if you are still entitled.</source>
        <translation>되돌릴수 없습니다. 조건에 맞으면 후에 다시 신청할수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, withdraw it</source>
        <translation>예, 철회합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep your application, press Back.</source>
        <translation>신청을 그대로 두려면 “돌아가기”를 누르십시오.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Application withdrawn</source>
        <translation>신청 철회됨</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happens next</source>
        <translation>다음에는</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing more: the agency will not decide it and pays nothing for it. You may apply again whenever you are entitled.</source>
        <translation>더 없습니다. 담당기관은 결정하지 않으며 아무것도 지급하지 않습니다. 조건에 맞으면 언제든지 다시 신청할수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See my applications</source>
        <translation>내 신청 보기</translation>
    </message>
</context>
</TS>
