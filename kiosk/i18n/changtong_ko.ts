<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../screens/bottom_bar.py" line="+48"/>
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
    <name>IdleScreen</name>
    <message>
        <location filename="../../screens/idle.py" line="+279"/>
        <source>Unemployment benefit self-service</source>
        <translation>실업보험금 신청·조회</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+8"/>
        <source>Your card is still in the reader. Please take it with you.</source>
        <translation>카드가 아직 카드구멍에 있습니다. 꼭 가져가십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Need help? Ask the staff, or call</source>
        <translation>모르시는것은 직원이나 상담전화에 물어보십시오</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>or</source>
        <translation>또는</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code will then be sent to your mobile phone.</source>
        <translation>그다음 손전화로 인증번호를 보내드립니다.</translation>
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
        <location filename="../../screens/top_bar.py" line="+107"/>
        <source>Larger text</source>
        <translation>큰 글자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>읽어주기</translation>
    </message>
</context>
</TS>
