<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../screens/bottom_bar.py" line="+48"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../screens/idle.py" line="+279"/>
        <source>Unemployment benefit self-service</source>
        <translation>Unemployment benefit self-service</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply for unemployment benefit here, by yourself.</source>
        <translation>Apply for unemployment benefit here, by yourself.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just bring your social security card or ID card. No certificates needed.</source>
        <translation>Just bring your social security card or ID card. No certificates needed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you can do here</source>
        <translation>What you can do here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply for unemployment benefit</source>
        <translation>Apply for unemployment benefit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost your job? Apply for the monthly benefit.</source>
        <translation>Lost your job? Apply for the monthly benefit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my application</source>
        <translation>Check my application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See how far it has got and what has been paid.</source>
        <translation>See how far it has got and what has been paid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps, the time limits, and where to ask.</source>
        <translation>The steps, the time limits, and where to ask.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to start</source>
        <translation>How to start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert social security card</source>
        <translation>Insert social security card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push it into the card slot; leave it in until you finish.</source>
        <translation>Push it into the card slot; leave it in until you finish.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place ID card on the reader</source>
        <translation>Place ID card on the reader</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your card is still in the reader. Please take it with you.</source>
        <translation>Your card is still in the reader. Please take it with you.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Need help? Ask the staff, or call</source>
        <translation>Need help? Ask the staff, or call</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code will then be sent to your mobile phone.</source>
        <translation>A code will then be sent to your mobile phone.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../screens/offline_banner.py" line="+46"/>
        <source>The network is not connected right now.</source>
        <translation>The network is not connected right now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can still apply. Your application is kept safely on this machine and sent automatically when the network is back.</source>
        <translation>You can still apply. Your application is kept safely on this machine and sent automatically when the network is back.</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../../screens/timeout_overlay.py" line="+191"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To protect your information, this session will end by itself when the countdown reaches zero. To keep going, touch Continue.</source>
        <translation>To protect your information, this session will end by itself when the countdown reaches zero. To keep going, touch Continue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds left</source>
        <translation>seconds left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../screens/top_bar.py" line="+107"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
</TS>
