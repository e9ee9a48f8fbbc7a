<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../screens/bottom_bar.py" line="+48"/>
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
    <name>IdleScreen</name>
    <message>
        <location filename="../../screens/idle.py" line="+279"/>
        <source>Unemployment benefit self-service</source>
        <translation>失业保险金自助服务</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>Need help? Ask the staff, or call</source>
        <translation>有不明白的，
请问工作人员或打咨询电话</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location filename="../../screens/top_bar.py" line="+107"/>
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
