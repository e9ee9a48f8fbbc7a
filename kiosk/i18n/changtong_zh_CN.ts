<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplyScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="+43"/>
        <location line="+256"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Payment account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+256"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Check and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I promise that what I have stated is true. While I receive unemployment benefit, I will tell the agency at once (at a service counter or by calling 12333) if: I find a job or register a business; I start receiving the basic pension; I join the army, settle abroad or am imprisoned; or I refuse, without good reason, a suitable job or training offered to me. I know that benefit paid after such a change must be paid back.</source>
        <translation>本人承诺所填信息真实。在领取失业保险金期间，如有下列情况之一，本人将立即告知经办机构（到服务窗口或拨打12333）：重新就业或办理工商登记；开始领取基本养老金；应征服兵役、移居境外或被判刑收监；无正当理由拒不接受当地人民政府指定部门或机构介绍的适当工作或提供的培训。本人知道，情况变化后多领的失业保险金须退还。</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Apply for the training subsidy</source>
        <translation>申领职业培训补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for unemployment benefit</source>
        <translation>申领失业保险金</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Or type another number on the keypad, then OK.</source>
        <translation>也可以在键盘上输入其他号码，再按“确定”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this number</source>
        <translation>用这个号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Paid into</source>
        <translation>发放到</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You never need to give a bank card number here. To change the account, ask at a service counter.</source>
        <translation>在这里不用提供银行卡号。要更换账户，请到服务窗口办理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, pay into this account</source>
        <translation>对，发到这个账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have read it and I promise</source>
        <translation>我已阅读，我承诺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You apply for</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Accepted</source>
        <translation>✓ 已承诺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Submit to send your application. To change something, press Back.</source>
        <translation>按“提交”把申请交上去。要修改，请按“返回上一步”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number on file is {mobile}.</source>
        <translation>我们这里登记的号码是 {mobile}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no mobile number on file. Please type yours.</source>
        <translation>没有登记手机号码，请输入您的号码。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Commitment version {version}</source>
        <translation>承诺书版本 {version}</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../screens/appointment_messages.py" line="+79"/>
        <source>Years of work before contributions (documents)</source>
        <translation>视同缴费年限认定（交材料）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem with my identity details</source>
        <translation>身份信息有问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem with my payment account</source>
        <translation>领取账户有问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something else</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your ID card, your personnel file or papers showing when you started work, and any certificate from your former employer.</source>
        <translation>身份证、本人档案或能证明参加工作时间的材料，以及原单位出具的证明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ID card (and the old one if it was replaced), and your household register.</source>
        <translation>身份证（更换过证件的，请带上旧证件）和户口簿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your ID card, your social security card, and the bank card or passbook.</source>
        <translation>身份证、社会保障卡，以及银行卡或存折。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your ID card and any papers about your question.</source>
        <translation>身份证以及与所办事项有关的材料。</translation>
    </message>
    <message>
        <location filename="../../screens/appointments.py" line="+67"/>
        <source>Full</source>
        <translation>已满</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} places free</source>
        <translation>尚余{count}个名额</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Cancel</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Book a counter appointment</source>
        <translation>预约窗口办理</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your appointments</source>
        <translation>您的预约</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At {centre}</source>
        <translation>办理地点：{centre}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booked: {when}</source>
        <translation>已预约：{when}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Counter appointment</source>
        <translation>窗口预约</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For</source>
        <translation>预约事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment number</source>
        <translation>预约号（尾号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please bring</source>
        <translation>请携带</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>确认预约</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, cancel it</source>
        <translation>确认取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the appointment slip</source>
        <translation>打印预约单</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../screens/bottom_bar.py" line="+47"/>
        <source>Back</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>回到首页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>结束办理</translation>
    </message>
</context>
<context>
    <name>BusyScreen</name>
    <message>
        <location filename="../../screens/busy.py" line="+44"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This usually takes a few seconds. You do not need to touch anything.</source>
        <translation>一般只要几秒钟，不用点任何地方。</translation>
    </message>
</context>
<context>
    <name>ChangeKinds</name>
    <message>
        <location filename="../../screens/change_messages.py" line="+98"/>
        <source>I have a new job</source>
        <translation>我已重新就业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed again, by any employer.</source>
        <translation>被任何单位重新录用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I started my own business</source>
        <translation>我已自主创业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-employed, or a business registered in my name.</source>
        <translation>个体经营，或以本人名义登记了经营主体。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I receive my pension</source>
        <translation>我已领取养老金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basic old-age pension has started.</source>
        <translation>已开始领取基本养老金。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have settled abroad</source>
        <translation>我已出国（境）定居</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to live in another country.</source>
        <translation>已移居国（境）外。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I joined the army</source>
        <translation>我已应征服兵役</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called up for military service.</source>
        <translation>应征入伍服兵役。</translation>
    </message>
</context>
<context>
    <name>ClaimantScreen</name>
    <message>
        <location filename="../../screens/kit.py" line="+191"/>
        <source>▲ Back to the top</source>
        <translation>▲ 回到顶部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ More below: tap or swipe up</source>
        <translation>▼ 下面还有内容：点这里或向上滑动</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location filename="../../screens/complaint.py" line="+131"/>
        <location line="+210"/>
        <source>Complaint or suggestion</source>
        <translation>投诉或建议</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+111"/>
        <source>Sent on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Your words</source>
        <translation>您写的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet, and late: call 12333.</source>
        <translation>尚未答复，已超过期限：请拨打12333。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer due by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New complaint or suggestion</source>
        <translation>新的投诉或建议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write my own words</source>
        <translation>自己写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>About</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>What you wrote</source>
        <translation>您写的内容</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Printing your receipt. Please wait.</source>
        <translation>正在打印回执，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is printed. Please take it.</source>
        <translation>回执已打印，请取走。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location filename="../../screens/complaint_messages.py" line="+56"/>
        <source>How staff treated me</source>
        <translation>工作人员服务态度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting too long</source>
        <translation>等候时间过长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A decision on my application</source>
        <translation>对审核决定有意见</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My payments</source>
        <translation>待遇发放问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using this kiosk</source>
        <translation>自助终端使用问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CoursesScreen</name>
    <message>
        <location filename="../../screens/courses.py" line="+46"/>
        <source>From {start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subsidy: {amount}</source>
        <translation>补贴：{amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap here to apply for this course</source>
        <translation>点这里申请这个课程的补贴</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training subsidy</source>
        <translation>职业培训补贴</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../screens/report_change.py" line="+151"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>DecisionScreen</name>
    <message>
        <location filename="../../screens/decision_notice.py" line="+94"/>
        <source>Written decision</source>
        <translation>书面决定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision not to approve</source>
        <translation>不予批准决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision number</source>
        <translation>决定书编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>作出决定机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit for the decision</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, and the rules it rests on</source>
        <translation>理由及依据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you disagree</source>
        <translation>如不服本决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limits run from the day you receive this decision. The last days shown count from the date of the decision.</source>
        <translation>期限从收到本决定之日起计算。上面的截止日期按决定当天收到计算。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again</source>
        <translation>再次打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the decision</source>
        <translation>打印决定书</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rule: {rule}</source>
        <translation>依据：{rule}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Administrative review: apply by {date}</source>
        <translation>行政复议：最迟{date}申请</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lawsuit: file by {date}</source>
        <translation>行政诉讼：最迟{date}起诉</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../screens/eligibility.py" line="+38"/>
        <source>Rule: {rule}</source>
        <translation>依据：{rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you can do: {action}</source>
        <translation>您可以：{action}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Can I receive the benefit?</source>
        <translation>我能领失业保险金吗？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your last job, as the employer reported it</source>
        <translation>单位报来的您最近一份工作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of work</source>
        <translation>最后工作日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the job ended</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months of insurance paid</source>
        <translation>已缴费月数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can receive</source>
        <translation>您大约能领到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency confirms the amount when it decides.</source>
        <translation>具体金额以经办机构审核结果为准。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply now</source>
        <translation>现在申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my application</source>
        <translation>查看我的申请</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply for a written decision</source>
        <translation>仍要申请（获得书面决定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application number: {reference}</source>
        <translation>申请编号：{reference}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About {amount} a month</source>
        <translation>每月约 {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For up to {months}, paid every month.</source>
        <translation>最长领 {months}，按月发放。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In total about {total}.</source>
        <translation>合计约 {total}。</translation>
    </message>
</context>
<context>
    <name>EndingScreen</name>
    <message>
        <location filename="../../screens/ending.py" line="+56"/>
        <source>Goodbye</source>
        <translation>再见</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your details have been cleared from this screen.</source>
        <translation>您的信息已经从屏幕上清除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please take your card with you.</source>
        <translation>请带走您的卡。</translation>
    </message>
</context>
<context>
    <name>FieldStaffLogin</name>
    <message>
        <location filename="../../screens/field_staff_login.py" line="+25"/>
        <source>Wrong staff name or password. %1 more wrong tries without the network, then this laptop needs an online sign-in.</source>
        <translation>工作人员姓名或密码不对。没有网络时还可以再错 %1 次，之后这台笔记本电脑需要联网登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong staff name or password. Please try again.</source>
        <translation>工作人员姓名或密码不对，请再试一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is not a field visitor&apos;s. Home visits need the field visitor role.</source>
        <translation>这个账号不是上门服务人员的账号。上门服务需要“上门服务人员”角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong tries. Please wait a few minutes and try again.</source>
        <translation>错误次数太多，请等几分钟再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No network, and you have not signed in on this laptop with the network yet. Sign in once where there is a network.</source>
        <translation>现在没有网络，而您还没有在这台笔记本电脑上联网登录过。请先在有网络的地方登录一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No network, and your last online sign-in on this laptop is more than 7 days old. Sign in once where there is a network.</source>
        <translation>现在没有网络，而您在这台笔记本电脑上最近一次联网登录已超过7天。请先在有网络的地方登录一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency could not sign you in right now. Please call the service desk.</source>
        <translation>经办机构现在无法为您登录，请联系技术服务台。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+12"/>
        <source>Home visit: staff sign-in</source>
        <translation>上门服务：工作人员登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field visitor signs in before serving the claimant at home. Without a network, your last online sign-in on this laptop works for 7 days.</source>
        <translation>上门服务人员先登录，再为申请人办理。没有网络时，您在这台笔记本电脑上最近一次联网登录在7天内有效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff name</source>
        <translation>工作人员姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../screens/guide.py" line="+122"/>
        <source>Guide and flowchart</source>
        <translation>办事指南和流程图</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print this guide</source>
        <translation>打印这份指南</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything on the paper is also on this screen.</source>
        <translation>纸上的内容在屏幕上都有。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="+101"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply for unemployment benefit</source>
        <translation>申领失业保险金</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See what you are entitled to, then apply. No certificates needed.</source>
        <translation>先看能领多少，再申请。不用开证明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my application</source>
        <translation>查询我的申请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far it has got, payments, and what happens next.</source>
        <translation>办到哪一步、发了多少钱、下一步做什么。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide and flowchart</source>
        <translation>办事指南和流程图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The steps, the time limits, a picture.</source>
        <translation>办理步骤、时限和流程图。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training subsidy</source>
        <translation>职业培训补贴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In an approved training course? Apply for the subsidy.</source>
        <translation>参加了认定的培训课程？申请培训补贴。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other services</source>
        <translation>其他业务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a change, update your details, appointments, complaints.</source>
        <translation>报告变化、更新信息、预约、投诉。</translation>
    </message>
</context>
<context>
    <name>HomeVisitBanner</name>
    <message>
        <location filename="../../screens/home_visit_banner.py" line="+63"/>
        <source>Home visit by %1</source>
        <translation>上门服务：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in without the network</source>
        <translation>未联网登录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff sign-out</source>
        <translation>工作人员退出</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../screens/identity.py" line="+56"/>
        <source>Is this you?</source>
        <translation>这是您本人吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some characters are hidden to protect you. If this is not you, press “This is not me”: nothing more will be shown.</source>
        <translation>为保护您的信息，部分文字已隐藏。如果不是您本人，请按“不是我”，将不再显示任何信息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, this is me</source>
        <translation>是我本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not me</source>
        <translation>不是我</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../screens/idle.py" line="+344"/>
        <source>Unemployment benefit self-service</source>
        <translation>失业保险金自助服务</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Apply for unemployment benefit here, by yourself.</source>
        <translation>在这里可以自助申领失业保险金</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just bring your social security card or ID card. No certificates needed.</source>
        <translation>带社保卡或身份证就行，不用开任何证明。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you can do here</source>
        <translation>在这里可以办理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply for unemployment benefit</source>
        <translation>申领失业保险金</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost your job? Apply for the monthly benefit.</source>
        <translation>失业后，申请按月领取失业保险金。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my application</source>
        <translation>查询我的申请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See how far it has got and what has been paid.</source>
        <translation>看看办到哪一步了，已经发了多少钱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps, the time limits, and where to ask.</source>
        <translation>办理步骤、时间要求，有问题去哪里问。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to start</source>
        <translation>这样开始办理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert social security card</source>
        <translation>插入社会保障卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push it into the card slot; leave it in until you finish.</source>
        <translation>插进读卡口，办完之前不要拔出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place ID card on the reader</source>
        <translation>把身份证放在读卡器上</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show your e-card QR code to the scanner</source>
        <translation>向扫码器出示电子社保卡二维码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the electronic social security card in your phone app.</source>
        <translation>在手机上打开电子社保卡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your card is still in the reader. Please take it with you.</source>
        <translation>您的社会保障卡还在读卡口里，请取走。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide (no card needed)</source>
        <translation>办事指南（不用插卡）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need help? Ask the staff, or call</source>
        <translation>有不明白的，
请问工作人员或打咨询电话</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+9"/>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A code will then be sent to your mobile phone.</source>
        <translation>然后会给您的手机发验证码。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../screens/messages.py" line="+48"/>
        <source>Welcome. Insert your social security card, or place your ID card on the reader.</source>
        <translation>欢迎。请插入社会保障卡，或把身份证放在读卡器上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please take your card with you.</source>
        <translation>请带走您的卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is not connected right now. You can still apply.</source>
        <translation>网络暂时连不上。您照样可以申请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you still there?</source>
        <translation>您还在办理吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading your card. Please leave it in the slot.</source>
        <translation>正在读卡，请不要拔卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a code to your mobile phone.</source>
        <translation>正在给您的手机发送验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your card&apos;s PIN on the keypad, then press OK.</source>
        <translation>请在键盘上输入社保卡密码，再按“确定”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking your PIN. Please wait.</source>
        <translation>正在核对密码，请稍候。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN was not right. Please try again.</source>
        <translation>密码不对，请再输一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter all the digits of your PIN.</source>
        <translation>请把密码的每一位都输完。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: one try left. If this PIN is wrong too, the card will be locked and must be unlocked at a service counter.</source>
        <translation>请注意：只剩最后一次机会。如果这次密码还不对，卡会被锁住，要到服务窗口才能解锁。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card is locked because the PIN was wrong too many times. Please take the card to a service counter to unlock it, or call 12333.</source>
        <translation>密码输错次数太多，卡已被锁住。请带卡到服务窗口解锁，或拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the code from the text message we just sent.</source>
        <translation>请输入刚收到的短信验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the code. Please wait.</source>
        <translation>正在核对验证码，请稍候。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That code was not right. Please look at the message again.</source>
        <translation>验证码不对，请再看一下短信。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter all the digits of the code.</source>
        <translation>请把验证码的每一位都输完。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code can no longer be used. Please ask for a new code.</source>
        <translation>这个验证码已经不能用了，请重新获取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card could not be read. Please take it out, wipe the chip gently and insert it again.</source>
        <translation>读不出这张卡。请拔出来，轻轻擦一擦芯片，再插进去。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a social security card. Please insert your social security card, or place your ID card on the reader.</source>
        <translation>这不是社会保障卡。请插入社会保障卡，或把身份证放在读卡器上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card reader is not working right now. Please ask the staff for help.</source>
        <translation>读卡器暂时不能用，请找工作人员帮忙。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We could not find an insurance record for you. Please ask at a service counter or call 12333.</source>
        <translation>没有查到您的参保记录。请到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in with an ID card needs the network, which is down right now. Please use your social security card, or try again later.</source>
        <translation>用身份证登录需要联网，现在网络连不上。请改用社会保障卡，或者过一会儿再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no mobile number on file for you, so no code can be sent. Please use your social security card, or ask at a service counter.</source>
        <translation>没有登记您的手机号码，发不了验证码。请改用社会保障卡，或到服务窗口咨询。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many codes were sent. Please try again later, or use your social security card.</source>
        <translation>验证码发送次数太多。请过一会儿再试，或改用社会保障卡。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many tries from this kiosk. Please wait {minutes} minutes and try again, or ask the staff for help.</source>
        <translation>本机尝试次数过多。请等{minutes}分钟后再试，或找工作人员帮忙。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in cannot go on here. Please ask at a service counter or call 12333.</source>
        <translation>这里无法继续登录。请到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This social security card has expired. Please renew it at a service counter, or place your ID card on the reader.</source>
        <translation>这张社会保障卡已过有效期。请到服务窗口换卡，或把身份证放在读卡器上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ID card has expired, so it cannot be used. Please renew it at the police station, or insert your social security card.</source>
        <translation>这张证件已过有效期，不能使用。请到公安机关换领，或插入社会保障卡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card&apos;s PIN is locked. Please take the card to a service counter to unlock it, or place your ID card on the reader.</source>
        <translation>这张卡的密码已被锁住。请带卡到服务窗口解锁，或把身份证放在读卡器上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card can only be checked with the network, which is down right now. Please try again later, or ask the staff.</source>
        <translation>这张卡需要联网才能核验，现在网络连不上。请过一会儿再试，或找工作人员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card could not be confirmed as a genuine social security card, so nothing can be done with it here. Please take it to a service counter, or call 12333.</source>
        <translation>这张卡未能核验为真实的社会保障卡，在这里不能办理。请带卡到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This kiosk serves people insured in this prefecture. You are insured in {where}: please apply at a social insurance service counter there, or call 12333.</source>
        <translation>本机只为本州参保人员办理。您的参保地在{where}，请到当地社保服务窗口办理，或拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This e-card code has already been used. Please refresh the code in the app and show the new one to the scanner.</source>
        <translation>这个电子社保卡二维码已经用过了。请在手机上刷新二维码，再把新的二维码对准扫码器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This e-card code has expired. Please refresh the code in the app and show the new one to the scanner.</source>
        <translation>这个电子社保卡二维码已经过期。请在手机上刷新二维码，再把新的二维码对准扫码器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an electronic social security card code. Please open the e-card in your app and show its QR code to the scanner.</source>
        <translation>这不是电子社保卡二维码。请在手机上打开电子社保卡，把它的二维码对准扫码器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in with the e-card needs the network, which is down right now. Please use your social security card, or try again later.</source>
        <translation>用电子社保卡登录需要联网，现在网络连不上。请改用社会保障卡，或者过一会儿再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding your record. Please wait.</source>
        <translation>正在查找您的记录，请稍候。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this you?</source>
        <translation>这是您本人吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this you? The network is down, so these details come from your card.</source>
        <translation>这是您本人吗？网络暂时连不上，以下信息是从您的卡上读出的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to do?</source>
        <translation>您要办理什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other services: tell us about a change, or update your details</source>
        <translation>其他业务：报告情况变化，或更新您的信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your insurance record. Please wait.</source>
        <translation>正在查询您的参保记录，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your applications. Please wait.</source>
        <translation>正在查询您的申请，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your training courses. Please wait.</source>
        <translation>正在查询您的培训课程，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good news: you can receive unemployment benefit.</source>
        <translation>好消息：您可以领取失业保险金。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot receive unemployment benefit at present.</source>
        <translation>您目前还不能领取失业保险金。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is down, so your record cannot be checked now. You can still apply: the agency checks it when your application arrives.</source>
        <translation>网络暂时连不上，现在查不了您的记录。您照样可以申请，申请送达后由经办机构审核。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You already have an application in progress. You cannot apply again until it is finished. See where it stands below.</source>
        <translation>您已经有一份申请正在办理，办结前不能再次申请。请在下面查看办理进度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already received every month of unemployment benefit you are entitled to.</source>
        <translation>您可以领取的失业保险金已经全部领完。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your record cannot be checked here. Please ask at a service counter or call 12333.</source>
        <translation>这里查不了您的记录。请到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which mobile number can the agency reach you on?</source>
        <translation>经办机构用哪个手机号码联系您？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benefit will be paid into this account. Is that right?</source>
        <translation>失业保险金会发到这个账户，对吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no payment account on file for you. Please ask at a service counter to add one.</source>
        <translation>没有登记您的收款账户。请到服务窗口登记。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please read this promise, then accept it.</source>
        <translation>请阅读下面的承诺，然后确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check your application, then submit it.</source>
        <translation>请核对申请内容，然后提交。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number has 11 digits. Please check the number.</source>
        <translation>手机号码是11位，请检查一下。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number has only digits. Please check the number.</source>
        <translation>手机号码只有数字，请检查一下。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number starts with 1. Please check the number.</source>
        <translation>手机号码以1开头，请检查一下。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved: this kiosk&apos;s storage is full. Nothing was sent. Please ask the staff, or apply at a service counter.</source>
        <translation>申请没能保存：本机存储已满，什么也没有发送。请找工作人员，或到服务窗口申请。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your application could not be saved, and nothing was sent. Please press Submit again, or ask the staff.</source>
        <translation>申请没能保存，什么也没有发送。请再按一次“提交”，或找工作人员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving your application. Please wait.</source>
        <translation>正在保存您的申请，请稍候。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is saved. Sending it to the agency.</source>
        <translation>申请已保存，正在发送给经办机构。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk. It will be sent when the network is back. One moment, please.</source>
        <translation>您的申请已保存在本机，网络恢复后会发送。请稍候。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency has received your application.</source>
        <translation>经办机构已经收到您的申请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk. It is sent to the agency automatically when the network is back.</source>
        <translation>您的申请已保存在本机，网络恢复后会自动发送给经办机构。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing your receipt. Please wait.</source>
        <translation>正在打印回执，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is printed. Please take it.</source>
        <translation>回执已打印好，请取走。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer has run out of paper. Please ask the staff to put in more. You can print once the printer is ready again.</source>
        <translation>打印机没纸了，请找工作人员加纸。打印机恢复后才能再打印。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer&apos;s cover is open. Please ask the staff to close it. You can print once the printer is ready again.</source>
        <translation>打印机盖子开着，请找工作人员盖好。打印机恢复后才能再打印。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer is ready again. You can print now.</source>
        <translation>打印机已恢复，现在可以打印了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is not working right now.</source>
        <translation>打印机暂时不能用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt could not be printed.</source>
        <translation>回执没能打印出来。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is already safe. The receipt is only for your records.</source>
        <translation>您的申请已经安全保存，回执只是给您留个底。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your applications, as the agency has them.</source>
        <translation>经办机构记录的您的申请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is down, so this shows only what this kiosk knows. It may be out of date.</source>
        <translation>网络暂时连不上，这里只显示本机知道的情况，可能不是最新的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no applications yet.</source>
        <translation>您还没有申请记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your applications cannot be shown right now. Please try again, or call 12333.</source>
        <translation>现在显示不了您的申请。请再试一次，或拨打12333。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to apply for unemployment benefit</source>
        <translation>怎样申领失业保险金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the guide. Please wait.</source>
        <translation>正在打印指南，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guide is printed. Please take it.</source>
        <translation>指南已打印好，请取走。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your course to apply for the subsidy.</source>
        <translation>请选择您参加的课程，申请培训补贴。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no approved training course on record for you.</source>
        <translation>没有查到您参加认定培训课程的记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your courses cannot be shown right now. Please try again later.</source>
        <translation>现在显示不了您的课程，请过一会儿再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. You have finished.</source>
        <translation>谢谢，已办理完毕。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your card was taken out, so we finished.</source>
        <translation>卡已拔出，办理已结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We finished because the screen was not touched for a while.</source>
        <translation>因为很久没有操作，办理已自动结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We stopped and showed nothing more. If the details were wrong, please ask the staff.</source>
        <translation>已停止办理，不再显示任何信息。如果信息有误，请找工作人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your application was already sent to the agency. It is kept.</source>
        <translation>您的申请已经发送给经办机构，已保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk and will be sent to the agency. It is kept.</source>
        <translation>您的申请已保存在本机，会发送给经办机构，已保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An application you had not submitted yet was not kept. Please start it again.</source>
        <translation>还没提交的申请没有保留，请重新办理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing. Wait for a text message from the agency.</source>
        <translation>不用做什么，等经办机构的短信通知。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing.</source>
        <translation>不用做什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the agency at once if you find a job, start a pension, or move abroad.</source>
        <translation>如果找到工作、开始领养老金或移居境外，请马上告诉经办机构。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the reason. If you disagree, go to a service counter or call 12333.</source>
        <translation>请看原因。如有异议，请到服务窗口或拨打12333。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please go to a service counter with your card.</source>
        <translation>请带上卡到服务窗口办理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing. You may apply again at any time.</source>
        <translation>不用做什么。您可以随时重新申请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kiosk sends it to the agency when the network is back.</source>
        <translation>网络恢复后，本机会把申请发给经办机构。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency checks your application.</source>
        <translation>经办机构审核您的申请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency decides and tells you by text message.</source>
        <translation>经办机构作出决定，用短信通知您。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency pays into your account every month.</source>
        <translation>经办机构每月把钱发到您的账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency still pays the months before the stop into your account.</source>
        <translation>停发之前的月份，经办机构仍会发到您的账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing more.</source>
        <translation>没有其他事项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency could not accept it. Staff keep it and will contact you.</source>
        <translation>经办机构没能受理，工作人员会保留申请并联系您。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved on a kiosk, not yet sent</source>
        <translation>保存在自助机上，还没发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by the agency</source>
        <translation>经办机构已收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being checked</source>
        <translation>正在审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not approved</source>
        <translation>没有通过审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be accepted</source>
        <translation>未能受理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being paid</source>
        <translation>发放中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment stopped</source>
        <translation>已停发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已领完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at your request</source>
        <translation>已按您的要求撤回</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract ended and was not renewed</source>
        <translation>劳动合同到期，没有续签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employer ended the contract</source>
        <translation>单位解除了劳动合同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissed by the employer</source>
        <translation>被单位辞退</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You ended it because the employer broke the contract</source>
        <translation>因单位违约，由本人解除合同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended by agreement, at the employer&apos;s proposal</source>
        <translation>单位提出、双方协商解除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You resigned</source>
        <translation>本人辞职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unemployment benefit</source>
        <translation>失业保险金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training subsidy</source>
        <translation>职业培训补贴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The financial account of your social security card</source>
        <translation>社会保障卡的金融账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new employer pays your insurance.</source>
        <translation>新单位已为您缴纳保险。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You registered a business.</source>
        <translation>您办理了工商登记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You receive a pension.</source>
        <translation>您已领取养老金。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suitable job offer was refused.</source>
        <translation>拒绝了介绍的适当工作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training offer was refused.</source>
        <translation>拒绝了提供的培训。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You joined the army.</source>
        <translation>应征服兵役。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You settled abroad.</source>
        <translation>移居境外。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court sentence.</source>
        <translation>被判刑收监。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please ask at a service counter or call 12333 for the reason.</source>
        <translation>原因请到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location filename="../../screens/change_messages.py" line="-102"/>
        <source>Finding your claim. Please wait.</source>
        <translation>正在查找您的申请，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What has changed?</source>
        <translation>您的情况有什么变化？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did it happen?</source>
        <translation>是哪一天发生的？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check, then send it to the agency</source>
        <translation>请核对，然后报送经办机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending your report to the agency. Please wait.</source>
        <translation>正在向经办机构报送，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency has recorded your change</source>
        <translation>经办机构已记录您的情况变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no unemployment benefit claim that a change could affect, so there is nothing to report here.</source>
        <translation>您没有会受此变化影响的失业保险金申请，无需在此报告。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting a change needs the network, which is down now. Nothing was sent. Please try again later, or report it at a service counter or by calling 12333.</source>
        <translation>报告情况变化需要联网，现在网络不通，未报送任何内容。请稍后再试，或到服务窗口报告，也可拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That day has not come yet. Choose the day it actually happened.</source>
        <translation>这一天还没有到。请选择实际发生的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That day is before your claim began. For a change before then, please go to a service counter.</source>
        <translation>这一天早于您的申请开始日期。此前发生的变化请到服务窗口报告。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change is reported at a service counter, not at a kiosk. Nothing was recorded.</source>
        <translation>此类变化须到服务窗口报告，不能在自助机办理。未记录任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agency could not take this report, and nothing was recorded. Please go to a service counter or call 12333.</source>
        <translation>经办机构未能受理此报告，未记录任何内容。请到服务窗口办理，或拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in is no longer valid, so nothing was sent. Please press Finish and sign in again.</source>
        <translation>您的登录已失效，未报送任何内容。请按“结束”后重新登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw this application?</source>
        <translation>要撤回这份申请吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawing your application. Please wait.</source>
        <translation>正在撤回您的申请，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application has been withdrawn</source>
        <translation>您的申请已撤回</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawing needs the network, which is down now. Nothing has changed: your application still stands. Please try again later, or ask at a service counter.</source>
        <translation>撤回申请需要联网，现在网络不通。一切未变，您的申请仍然有效。请稍后再试，或到服务窗口咨询。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency has already decided this application, so it can no longer be withdrawn. If you have found work, report a change instead.</source>
        <translation>经办机构已对这份申请作出决定，不能再撤回。如果您已就业，请改为报告情况变化。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This application has already been withdrawn. There is nothing more to do.</source>
        <translation>这份申请已经撤回，无需再办理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency does not have this application under your name. Please ask at a service counter.</source>
        <translation>经办机构在您名下没有这份申请。请到服务窗口咨询。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency could not withdraw this application, so it still stands. Please ask at a service counter.</source>
        <translation>经办机构未能撤回这份申请，申请仍然有效。请到服务窗口咨询。</translation>
    </message>
    <message>
        <location filename="../../screens/details_messages.py" line="+14"/>
        <source>Type your new mobile number, then press OK. We will text a code to it.</source>
        <translation>请输入新的手机号码，然后按“确定”。我们会给这个号码发验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a code to your new mobile number.</source>
        <translation>正在给您的新手机号码发送验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the code from the text message on your new phone.</source>
        <translation>请输入新手机收到的短信验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That code was not right. Please look at the message on your new phone again.</source>
        <translation>验证码不对，请再看一下新手机收到的短信。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong tries: this code no longer works. Press “Send a new code”.</source>
        <translation>输错次数太多，这个验证码已经不能用了。请按“重新发送验证码”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code has expired, or a newer one was sent. Press “Send a new code”.</source>
        <translation>这个验证码已过期，或者已经发了新的验证码。请按“重新发送验证码”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing your mobile number needs the network, and it is not connected now. Please try again later, or ask at a service counter.</source>
        <translation>更换手机号码需要联网，现在网络连不上。请稍后再试，或到服务窗口办理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is already the number on file. Please type your new number.</source>
        <translation>这就是我们这里登记的号码。请输入您的新号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many codes were sent to you today. Please try again tomorrow, or ask at a service counter.</source>
        <translation>今天给您发的验证码太多了。请明天再试，或到服务窗口办理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number cannot be changed here. Please ask at a service counter, or call 12333.</source>
        <translation>这里无法更换号码。请到服务窗口办理，或拨打 12333 咨询。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your mobile number has been changed.</source>
        <translation>您的手机号码已更换。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the accounts on file.</source>
        <translation>正在查询登记的账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account should your benefit be paid into? Tap one.</source>
        <translation>失业保险金发到哪个账户？请点选一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay your benefit into this account?</source>
        <translation>失业保险金发到这个账户吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving your choice. Please wait.</source>
        <translation>正在保存您的选择，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no account on file for your benefit.</source>
        <translation>我们这里还没有登记您领取失业保险金的账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add one, bring your ID card and bank card to a service counter, or ask the bank that issued your social security card to open its financial account. A card number is never typed at this kiosk.</source>
        <translation>要添加账户，请带上身份证和银行卡到服务窗口办理，或请发放社会保障卡的银行开通卡的金融账户。在这台自助机上从不需要输入卡号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The accounts on file can only be shown with the network, and it is not connected now. Please try again later.</source>
        <translation>登记的账户需要联网才能显示，现在网络连不上。请稍后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounts on file cannot be shown here. Please ask at a service counter, or call 12333.</source>
        <translation>这里无法显示登记的账户。请到服务窗口办理，或拨打 12333 咨询。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your choice could not be saved, so nothing was changed. Please try again.</source>
        <translation>您的选择没有保存成功，什么都没有改。请再试一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: your benefit will be paid into this account.</source>
        <translation>好了：失业保险金将发到这个账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already the account your benefit is paid into. Nothing was changed.</source>
        <translation>失业保险金本来就发到这个账户，什么都没有改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This applies from the next payment the agency sends. A payment already sent to the bank is not moved.</source>
        <translation>从经办机构下一次发放起生效。已经发到银行的款项不会转走。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which account should your benefit be paid into? The social security card&apos;s account is proposed; tap another to change it.</source>
        <translation>失业保险金发到哪个账户？默认是社会保障卡的账户；要换，请点选另一个。</translation>
    </message>
    <message>
        <location filename="../../screens/proof_messages.py" line="+13"/>
        <source>By your record you are unlikely to qualify, for the reasons below. You may still apply: the agency then decides and sends you a written decision you can appeal.</source>
        <translation>根据您的记录，您可能不符合领取条件，原因见下方。您仍然可以申请：经办机构审核后会给您书面决定，您不服可以申请复议或起诉。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your application was not approved. This is the agency&apos;s written decision.</source>
        <translation>您的申请未予批准。以下是经办机构的书面决定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing the decision. Please wait.</source>
        <translation>正在打印决定书，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision is printed. Please take it and keep it.</source>
        <translation>决定书已打印，请取走并妥善保管。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your unemployment registration. Please wait.</source>
        <translation>正在查询您的失业登记，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your proof of unemployment registration. Check it, then print it.</source>
        <translation>这是您的失业登记证明。请核对后打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing your proof. Please wait.</source>
        <translation>正在打印证明，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your proof is printed. Please take it.</source>
        <translation>证明已打印，请取走。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no unemployment registration on file for you. Applying for the benefit registers you.</source>
        <translation>系统中没有您的失业登记记录。申领失业保险金时会同时办理失业登记。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proof needs the network, which is not connected right now. Please try again later or ask at a service counter.</source>
        <translation>开具证明需要联网，目前网络未连接。请稍后再试，或到服务窗口办理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency cannot give a proof here. Please ask at a service counter or call 12333.</source>
        <translation>经办机构无法在此开具证明。请到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location filename="../../screens/appointment_messages.py" line="-93"/>
        <source>Finding free times at your service centre.</source>
        <translation>正在查询服务网点可预约的时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking an appointment needs the network, and it is not connected now. Please try again later, or call 12333.</source>
        <translation>预约需要联网，现在网络未连接。请稍后再试，或拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No service centre takes appointments for your area at this kiosk. Please call 12333.</source>
        <translation>本自助机暂不能为您所在地区预约窗口，请拨打12333。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The appointment could not be booked. Please ask at a service counter or call 12333.</source>
        <translation>未能预约。请到服务窗口咨询或拨打12333。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What do you need to do at the counter?</source>
        <translation>您要到窗口办理什么事项？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time. Times marked “Full” cannot be booked.</source>
        <translation>请选择时间。标有“已满”的时间不能预约。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone has just booked the last place at that time. Please choose another time.</source>
        <translation>该时间的最后一个名额刚被预约，请选择其他时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You already have an appointment for this. Cancel it below if you need another time.</source>
        <translation>您已预约过这项事务。如需改时间，请先在下方取消原预约。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check your appointment, then press “Book”.</source>
        <translation>请核对预约信息，然后按“确认预约”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking your appointment.</source>
        <translation>正在预约。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your appointment is booked. We have also sent you a text message.</source>
        <translation>预约成功，我们已同时发送短信通知您。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing your appointment slip.</source>
        <translation>正在打印预约单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please take your appointment slip.</source>
        <translation>请取走预约单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to cancel this appointment?</source>
        <translation>确定要取消这个预约吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling your appointment.</source>
        <translation>正在取消预约。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your appointment is cancelled. We have also sent you a text message.</source>
        <translation>预约已取消，我们已同时发送短信通知您。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appointment could not be cancelled. Please try again, or call 12333.</source>
        <translation>未能取消预约。请重试，或拨打12333。</translation>
    </message>
    <message>
        <location filename="../../screens/complaint_messages.py" line="-54"/>
        <source>Looking up your earlier complaints and suggestions.</source>
        <translation>正在查找您以前的投诉和建议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your complaints and suggestions, and the staff&apos;s answers.</source>
        <translation>您的投诉和建议，以及工作人员的答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is it about? Choose one.</source>
        <translation>是关于什么的？请选择一项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a sentence that says it, or write your own.</source>
        <translation>选择一句合适的话，或者自己写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what you want to tell us, then press Next.</source>
        <translation>写下您想说的话，然后按“下一步”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check what will be sent, then press Send.</source>
        <translation>请核对要提交的内容，然后按“提交”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending. Please wait.</source>
        <translation>正在提交，请稍候。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received. Staff will answer by the date below.</source>
        <translation>已收到。工作人员将在下面的日期前答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be sent right now: the network is not connected. Please try again later, or call 12333.</source>
        <translation>网络未连接，现在无法提交。请稍后再试，或拨打12333。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This could not be sent. Please ask the staff at the counter, or call 12333.</source>
        <translation>无法提交。请到窗口咨询工作人员，或拨打12333。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please write something first.</source>
        <translation>请先写点内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is longer than 500 characters. Please make it shorter.</source>
        <translation>超过了500个字，请写短一些。</translation>
    </message>
</context>
<context>
    <name>MoreServicesScreen</name>
    <message>
        <location filename="../../screens/more_services.py" line="+34"/>
        <source>Report a change</source>
        <translation>报告情况变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found work, a pension, moving abroad, joining the army: tell us promptly.</source>
        <translation>找到工作、领取养老金、出国定居、应征入伍：请及时告知。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change my mobile number</source>
        <translation>更换手机号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code goes to the new number to prove it is yours.</source>
        <translation>验证码发到新号码，以证明号码是您本人的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment account</source>
        <translation>领取账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which of your accounts the benefit is paid into.</source>
        <translation>选择失业保险金发放到您的哪个账户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print proof of registration</source>
        <translation>打印失业登记证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proof of your unemployment registration, with a code to verify it.</source>
        <translation>失业登记的证明，附核验码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book a counter appointment</source>
        <translation>预约窗口办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what cannot be done here: pick a day and time at your service centre.</source>
        <translation>这里办不了的事：在您的服务中心选个日期和时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint or suggestion</source>
        <translation>投诉或建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell us what went wrong or what could be better; staff will answer.</source>
        <translation>告诉我们哪里出了问题或可以改进，工作人员会答复。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Other services</source>
        <translation>其他业务</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../screens/offline_banner.py" line="+46"/>
        <source>The network is not connected right now.</source>
        <translation>网络暂时连不上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can still apply. Your application is kept safely on this machine and sent automatically when the network is back.</source>
        <translation>您照样可以申请。申请会安全地保存在本机，网络恢复后自动发送。</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <location filename="../../screens/pin_entry.py" line="+216"/>
        <source>Code by text message</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Send a new code</source>
        <translation>重新发送验证码</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The code was sent to the mobile number on file: {mobile}</source>
        <translation>验证码已发到登记的手机：{mobile}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tries left: {count}</source>
        <translation>还可以试 {count} 次</translation>
    </message>
</context>
<context>
    <name>PaymentAccountScreen</name>
    <message>
        <location filename="../../screens/payment_account.py" line="+77"/>
        <source>Default account</source>
        <translation>默认账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your benefit is paid here now</source>
        <translation>现在失业保险金发到这里</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Chosen</source>
        <translation>✓ 已选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap to choose</source>
        <translation>点此选择</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>You never type a bank card number at this kiosk. Only the accounts the agency already holds are listed.</source>
        <translation>在这台自助机上从不需要输入银行卡号。这里只列出经办机构已经登记的账户。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+68"/>
        <source>Payment account</source>
        <translation>领取账户</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Yes, pay into this account</source>
        <translation>对，发到这个账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your benefit is paid into</source>
        <translation>失业保险金发放到</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="-78"/>
        <location filename="../../screens/pin_entry.py" line="-151"/>
        <location filename="../../screens/update_mobile.py" line="+26"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../screens/pin_entry.py" line="+1"/>
        <location filename="../../screens/update_mobile.py" line="+1"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../screens/pin_entry.py" line="+46"/>
        <source>Card PIN</source>
        <translation>社保卡密码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN is the password of your social security card.</source>
        <translation>就是您社会保障卡的密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand. Try once more</source>
        <translation>我知道了，再试一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sure of your PIN? Press Finish, take your card and ask at a service counter instead.</source>
        <translation>记不清密码？请按“结束办理”，取走卡，到服务窗口办理。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tries left before the card locks: {count}</source>
        <translation>再输错 {count} 次卡会被锁住</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <location filename="../../screens/problem.py" line="+39"/>
        <source>Signing in could not go on</source>
        <translation>无法继续登录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another prefecture</source>
        <translation>外地</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been lost. For help, ask the staff or call</source>
        <translation>您没有任何损失。需要帮助，请找工作人员或拨打</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please take your card out of the reader now.</source>
        <translation>请现在把卡取出来。</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../screens/result.py" line="+199"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try printing again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please wait by the slot below the screen.</source>
        <translation>请在屏幕下方的出纸口等候。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not need the paper. Keep the reference number instead, or photograph the screen.</source>
        <translation>没有纸质回执也没关系。记下业务编号，或用手机拍下屏幕。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When you are done, press Finish.</source>
        <translation>办完了请按“结束办理”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photograph this code with your phone. It opens the page that shows how far your application has got.</source>
        <translation>用手机扫描或拍下这个二维码，可以查看申请办到哪一步了。</translation>
    </message>
</context>
<context>
    <name>RegistrationProofScreen</name>
    <message>
        <location filename="../../screens/registration_proof.py" line="+77"/>
        <source>Proof of unemployment registration</source>
        <translation>失业登记证明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the proof says</source>
        <translation>证明内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered as unemployed on</source>
        <translation>失业登记日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>登记机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whoever receives the proof can scan this code to check it with the agency.</source>
        <translation>收到证明的单位或个人可扫描此二维码向经办机构核验。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print again</source>
        <translation>再次打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the proof</source>
        <translation>打印证明</translation>
    </message>
</context>
<context>
    <name>ReportChangeScreen</name>
    <message>
        <location filename="../../screens/report_change.py" line="+125"/>
        <source>Report a change</source>
        <translation>报告情况变化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to the agency</source>
        <translation>报送经办机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>变化情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your claim</source>
        <translation>您的申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this means for you</source>
        <translation>这对您意味着什么</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not need to name an employer: the agency learns it from the employer&apos;s contributions.</source>
        <translation>无需填写用人单位：经办机构可从单位缴费记录中获知。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any day up to today, {today}.</source>
        <translation>可选今天（{today}）及以前的任何一天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any day from {first}, when your claim began, up to today.</source>
        <translation>可选从申请开始之日（{first}）到今天的任何一天。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your application has not been decided yet. The agency takes this change into account when it decides: from the month it happened, no benefit is paid.</source>
        <translation>您的申请尚未作出决定。经办机构决定时会考虑这一变化：自变化发生当月起不发放失业保险金。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment of your benefit stops from {month}. Any money already paid for {month} or later must be paid back; the agency will tell you how.</source>
        <translation>自{month}起停发失业保险金。{month}及以后已领取的款项须退还，经办机构会告知您如何退还。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Change recorded</source>
        <translation>变化已记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of your report</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens next</source>
        <translation>接下来会怎样</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text message confirms it. With this number you can ask at any counter or by calling 12333.</source>
        <translation>稍后您会收到短信确认。凭此编号可到任一窗口或拨打12333查询。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} was already paid for {months} from then. It must be paid back; the agency will contact you about how.</source>
        <translation>此后{months}已发放{amount}，须退还，经办机构将与您联系退还事宜。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payment of your benefit stops from {month}.</source>
        <translation>自{month}起停发失业保险金。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment had already stopped from {month}. Nothing more changes.</source>
        <translation>失业保险金此前已自{month}起停发，不再有其他变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency takes it into account when it decides your application.</source>
        <translation>经办机构在决定您的申请时会一并考虑。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your benefit had already been paid in full, so nothing changes.</source>
        <translation>您的失业保险金已全部领取完毕，没有变化。</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../screens/result.py" line="-214"/>
        <source>The agency checks it and decides within 10 working days, then tells you by text message. You do not need to bring any papers.</source>
        <translation>经办机构审核后，在10个工作日内作出决定，并用短信通知您。不需要提交任何材料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not need to come back. When the network is back, this kiosk sends it by itself; the agency then decides within 10 working days and tells you by text message.</source>
        <translation>您不用再来。网络恢复后，本机会自动发送；经办机构收到后10个工作日内作出决定，并用短信通知您。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your reference number</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved on this kiosk, will be sent</source>
        <translation>已存在本机，稍后发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application received</source>
        <translation>经办机构已收到申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens next</source>
        <translation>接下来</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can check your application at any kiosk, or call 12333 with the reference.</source>
        <translation>可以在任何一台自助机上查询，或凭业务编号拨打12333查询。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a receipt</source>
        <translation>打印回执</translation>
    </message>
</context>
<context>
    <name>ServiceReceipt</name>
    <message>
        <location filename="../../screens/report_change.py" line="-148"/>
        <source>Print a receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print again</source>
        <translation>再次打印</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing. Please wait by the slot below the screen.</source>
        <translation>正在打印，请在屏幕下方出纸口等候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed. Please take your receipt.</source>
        <translation>已打印，请取走回执。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not need the paper: it is recorded with the agency. Keep the number instead, or photograph the screen.</source>
        <translation>不需要纸质回执：经办机构已经记录。请记下编号，或给屏幕拍照。</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../screens/status.py" line="+194"/>
        <source>My applications</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you do next</source>
        <translation>您接下来要做的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agency does next</source>
        <translation>经办机构接下来要做的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments made</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown from this kiosk only. It may be out of date.</source>
        <translation>只显示本机的记录，可能不是最新的。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application {number} of {count}</source>
        <translation>第{number}个申请，共{count}个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind}, reference {reference}</source>
        <translation>{kind}，业务编号 {reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: {situation}</source>
        <translation>现在：{situation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By {date}.</source>
        <translation>最晚{date}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read and print the decision</source>
        <translation>查看并打印决定书</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(returned by the bank, to be paid again)</source>
        <translation>（被银行退回，会重新发放）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{months} will not be paid because of the stop. If you lose a job again, they can be added to a new claim.</source>
        <translation>因停发，有{months}不再发放。以后再次失业时，可以合并到新的申领中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdraw this application</source>
        <translation>撤回这份申请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still on this kiosk, so it cannot be withdrawn yet. Once it has been sent, you can withdraw it here while it is undecided, or at a service counter.</source>
        <translation>申请仍在本机，尚不能撤回。报送后，在作出决定前可在此或到服务窗口撤回。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why payment stopped: {reason}</source>
        <translation>停发原因：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment stopped from {month}. Why: {reason}</source>
        <translation>从{month}起停发。原因：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written decision of {date}.</source>
        <translation>{date}作出书面决定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you disagree: administrative review by {review}, or a lawsuit by {lawsuit}.</source>
        <translation>如有异议：可在{review}前申请行政复议，或在{lawsuit}前提起行政诉讼。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid so far: {paid} of {granted} months</source>
        <translation>已发放{paid}个月，共{granted}个月</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still to be paid for the months before the stop: {months}</source>
        <translation>停发前还要补发：{months}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months still to be paid: {months}</source>
        <translation>还可以领：{months}</translation>
    </message>
    <message>
        <location filename="../../screens/status_desk.py" line="+136"/>
        <source>My complaints and suggestions</source>
        <translation>我的投诉和建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My counter appointments</source>
        <translation>我的窗口预约</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking this up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your complaints and suggestions could not be loaded: the network is not connected. Your applications above are not affected.</source>
        <translation>网络未连接，无法显示您的投诉和建议。上面的申请信息不受影响。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your complaints and suggestions could not be loaded just now. Please ask at a service counter or call 12333.</source>
        <translation>暂时无法显示您的投诉和建议。请到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No complaints or suggestions in recent months.</source>
        <translation>最近几个月没有投诉或建议。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your appointments could not be loaded: the network is not connected. Your applications above are not affected.</source>
        <translation>网络未连接，无法显示您的预约。上面的申请信息不受影响。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your appointments could not be loaded just now. Please ask at a service counter or call 12333.</source>
        <translation>暂时无法显示您的预约。请到服务窗口咨询，或拨打12333。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No appointments booked.</source>
        <translation>目前没有窗口预约。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Answered on {date}</source>
        <translation>已于{date}答复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for an answer, due by {date}</source>
        <translation>等待答复，答复期限为{date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered by {date} as promised: please call 12333.</source>
        <translation>已过答复期限（{date}）仍未答复：请拨打12333。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <location filename="../../screens/text_keyboard.py" line="+412"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double consonants</source>
        <translation>双辅音</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../../screens/timeout_overlay.py" line="+191"/>
        <source>Are you still there?</source>
        <translation>您还在办理吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To protect your information, this session will end by itself when the countdown reaches zero. To keep going, touch Continue.</source>
        <translation>为了保护您的个人信息，倒计时结束后会自动结束办理。要接着办，请按“继续办理”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds left</source>
        <translation>秒后自动结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish now</source>
        <translation>现在结束</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../screens/top_bar.py" line="+115"/>
        <source>Larger text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>UpdateMobileScreen</name>
    <message>
        <location filename="../../screens/update_mobile.py" line="+52"/>
        <source>Change my mobile number</source>
        <translation>更换手机号码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your new number, typed on the keypad:</source>
        <translation>您在键盘上输入的新号码：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number on file now is {mobile}.</source>
        <translation>现在登记的号码是 {mobile}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no mobile number on file yet.</source>
        <translation>我们这里还没有登记您的手机号码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code sent to your new number</source>
        <translation>验证码已发到新号码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code was sent to your new number: {mobile}</source>
        <translation>验证码已发到您的新号码：{mobile}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Mobile number changed</source>
        <translation>手机号码已更换</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mobile number on file</source>
        <translation>您登记的手机号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text messages about your benefit, and the codes to sign in with your ID card, now go to the new number.</source>
        <translation>以后关于失业保险金的短信，以及用身份证登录的验证码，都会发到新号码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>We sent a text message to your old number to say it was changed. If you did not make this change, call 12333 at once.</source>
        <translation>我们已给您原来的号码发了短信，告知号码已更换。如果不是您本人操作，请立即拨打 12333。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you did not make this change, call 12333 at once.</source>
        <translation>如果不是您本人操作，请立即拨打 12333。</translation>
    </message>
</context>
<context>
    <name>WithdrawScreen</name>
    <message>
        <location filename="../../screens/withdraw.py" line="+61"/>
        <source>Withdraw an application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>What withdrawing means</source>
        <translation>撤回意味着什么</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency stops handling it and will not decide it.</source>
        <translation>经办机构停止办理，不再作出决定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be paid for this application.</source>
        <translation>这份申请不会发放任何款项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be undone. You may apply again later, if you are still entitled.</source>
        <translation>撤回后不能恢复。如仍符合条件，以后可以重新申请。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, withdraw it</source>
        <translation>是的，撤回</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep your application, press Back.</source>
        <translation>如要保留申请，请按“返回”。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Application withdrawn</source>
        <translation>申请已撤回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happens next</source>
        <translation>接下来会怎样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing more: the agency will not decide it and pays nothing for it. You may apply again whenever you are entitled.</source>
        <translation>没有其他事项：经办机构不再作出决定，也不发放任何款项。符合条件时可随时重新申请。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See my applications</source>
        <translation>查看我的申请</translation>
    </message>
</context>
</TS>
