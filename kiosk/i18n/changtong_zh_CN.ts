<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplyScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="+41"/>
        <location line="+250"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Payment account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+250"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Check and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I promise that what I have stated is true. While I receive unemployment benefit, I will tell the agency at once (at a service counter or by calling 12333) if: I find a job or register a business; I start receiving the basic pension; I join the army, settle abroad or am imprisoned; or I refuse, without good reason, a suitable job or training offered to me. I know that benefit paid after such a change must be paid back.</source>
        <translation>本人承诺所填信息真实。在领取失业保险金期间，如有下列情况之一，本人将立即告知经办机构（到服务窗口或拨打12333）：重新就业或办理工商登记；开始领取基本养老金；应征服兵役、移居境外或被判刑收监；无正当理由拒不接受当地人民政府指定部门或机构介绍的适当工作或提供的培训。本人知道，情况变化后多领的失业保险金须退还。</translation>
    </message>
    <message>
        <location line="+200"/>
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
        <location line="+16"/>
        <source>Commitment version {version}</source>
        <translation>承诺书版本 {version}</translation>
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
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../screens/eligibility.py" line="+37"/>
        <source>Rule: {rule}</source>
        <translation>依据：{rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you can do: {action}</source>
        <translation>您可以：{action}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Can I receive the benefit?</source>
        <translation>我能领失业保险金吗？</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+9"/>
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
        <location filename="../../screens/idle.py" line="+334"/>
        <source>Unemployment benefit self-service</source>
        <translation>失业保险金自助服务</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+8"/>
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
        <location line="-18"/>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code will then be sent to your mobile phone.</source>
        <translation>然后会给您的手机发验证码。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../screens/messages.py" line="+32"/>
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
        <location line="+8"/>
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
        <location filename="../../screens/pin_entry.py" line="+170"/>
        <source>Code by text message</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send a new code</source>
        <translation>重新发送验证码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code was sent to the mobile number on file: {mobile}</source>
        <translation>验证码已发到登记的手机：{mobile}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tries left: {count}</source>
        <translation>还可以试 {count} 次</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="-73"/>
        <location filename="../../screens/pin_entry.py" line="-139"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../screens/pin_entry.py" line="+1"/>
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
        <location line="+9"/>
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
    <name>ResultScreen</name>
    <message>
        <location line="-214"/>
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
    <name>StatusScreen</name>
    <message>
        <location filename="../../screens/status.py" line="+159"/>
        <source>My applications</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+6"/>
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
        <location line="+21"/>
        <source>(returned by the bank, to be paid again)</source>
        <translation>（被银行退回，会重新发放）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{months} will not be paid because of the stop. If you lose a job again, they can be added to a new claim.</source>
        <translation>因停发，有{months}不再发放。以后再次失业时，可以合并到新的申领中。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Why payment stopped: {reason}</source>
        <translation>停发原因：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment stopped from {month}. Why: {reason}</source>
        <translation>从{month}起停发。原因：{reason}</translation>
    </message>
    <message>
        <location line="+10"/>
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
</TS>
