<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplyScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="+43"/>
        <location line="+256"/>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Payment account</source>
        <translation>Payment account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+256"/>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Check and submit</source>
        <translation>Check and submit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I promise that what I have stated is true. While I receive unemployment benefit, I will tell the agency at once (at a service counter or by calling 12333) if: I find a job or register a business; I start receiving the basic pension; I join the army, settle abroad or am imprisoned; or I refuse, without good reason, a suitable job or training offered to me. I know that benefit paid after such a change must be paid back.</source>
        <translation>I promise that what I have stated is true. While I receive unemployment benefit, I will tell the agency at once (at a service counter or by calling 12333) if: I find a job or register a business; I start receiving the basic pension; I join the army, settle abroad or am imprisoned; or I refuse, without good reason, a suitable job or training offered to me. I know that benefit paid after such a change must be paid back.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Apply for the training subsidy</source>
        <translation>Apply for the training subsidy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for unemployment benefit</source>
        <translation>Apply for unemployment benefit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Or type another number on the keypad, then OK.</source>
        <translation>Or type another number on the keypad, then OK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this number</source>
        <translation>Use this number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Paid into</source>
        <translation>Paid into</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You never need to give a bank card number here. To change the account, ask at a service counter.</source>
        <translation>You never need to give a bank card number here. To change the account, ask at a service counter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, pay into this account</source>
        <translation>Yes, pay into this account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have read it and I promise</source>
        <translation>I have read it and I promise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You apply for</source>
        <translation>You apply for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Accepted</source>
        <translation>✓ Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Submit to send your application. To change something, press Back.</source>
        <translation>Press Submit to send your application. To change something, press Back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number on file is {mobile}.</source>
        <translation>The number on file is {mobile}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no mobile number on file. Please type yours.</source>
        <translation>There is no mobile number on file. Please type yours.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Commitment version {version}</source>
        <translation>Commitment version {version}</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../screens/appointment_messages.py" line="+79"/>
        <source>Years of work before contributions (documents)</source>
        <translation>Years of work before contributions (documents)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem with my identity details</source>
        <translation>A problem with my identity details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem with my payment account</source>
        <translation>A problem with my payment account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your ID card, your personnel file or papers showing when you started work, and any certificate from your former employer.</source>
        <translation>Your ID card, your personnel file or papers showing when you started work, and any certificate from your former employer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ID card (and the old one if it was replaced), and your household register.</source>
        <translation>Your ID card (and the old one if it was replaced), and your household register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your ID card, your social security card, and the bank card or passbook.</source>
        <translation>Your ID card, your social security card, and the bank card or passbook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your ID card and any papers about your question.</source>
        <translation>Your ID card and any papers about your question.</translation>
    </message>
    <message>
        <location filename="../../screens/appointments.py" line="+67"/>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} places free</source>
        <translation>{count} places free</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Book a counter appointment</source>
        <translation>Book a counter appointment</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your appointments</source>
        <translation>Your appointments</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At {centre}</source>
        <translation>At {centre}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booked: {when}</source>
        <translation>Booked: {when}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Counter appointment</source>
        <translation>Counter appointment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment number</source>
        <translation>Appointment number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please bring</source>
        <translation>Please bring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, cancel it</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the appointment slip</source>
        <translation>Print the appointment slip</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../screens/bottom_bar.py" line="+47"/>
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
    <name>BusyScreen</name>
    <message>
        <location filename="../../screens/busy.py" line="+44"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This usually takes a few seconds. You do not need to touch anything.</source>
        <translation>This usually takes a few seconds. You do not need to touch anything.</translation>
    </message>
</context>
<context>
    <name>ChangeKinds</name>
    <message>
        <location filename="../../screens/change_messages.py" line="+98"/>
        <source>I have a new job</source>
        <translation>I have a new job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed again, by any employer.</source>
        <translation>Employed again, by any employer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I started my own business</source>
        <translation>I started my own business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-employed, or a business registered in my name.</source>
        <translation>Self-employed, or a business registered in my name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I receive my pension</source>
        <translation>I receive my pension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basic old-age pension has started.</source>
        <translation>The basic old-age pension has started.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have settled abroad</source>
        <translation>I have settled abroad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to live in another country.</source>
        <translation>Moved to live in another country.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I joined the army</source>
        <translation>I joined the army</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called up for military service.</source>
        <translation>Called up for military service.</translation>
    </message>
</context>
<context>
    <name>ClaimantScreen</name>
    <message>
        <location filename="../../screens/kit.py" line="+191"/>
        <source>▲ Back to the top</source>
        <translation>▲ Back to the top</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ More below: tap or swipe up</source>
        <translation>▼ More below: tap or swipe up</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location filename="../../screens/complaint.py" line="+131"/>
        <location line="+210"/>
        <source>Complaint or suggestion</source>
        <translation>Complaint or suggestion</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+111"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Your words</source>
        <translation>Your words</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet, and late: call 12333.</source>
        <translation>Not answered yet, and late: call 12333.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer due by</source>
        <translation>Answer due by</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New complaint or suggestion</source>
        <translation>New complaint or suggestion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write my own words</source>
        <translation>Write my own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>What you wrote</source>
        <translation>What you wrote</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Printing your receipt. Please wait.</source>
        <translation>Printing your receipt. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is printed. Please take it.</source>
        <translation>Your receipt is printed. Please take it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff answer by</source>
        <translation>Staff answer by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../screens/complaint_messages.py" line="+56"/>
        <source>How staff treated me</source>
        <translation>How staff treated me</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting too long</source>
        <translation>Waiting too long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A decision on my application</source>
        <translation>A decision on my application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My payments</source>
        <translation>My payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using this kiosk</source>
        <translation>Using this kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suggestion</source>
        <translation>A suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
</context>
<context>
    <name>CoursesScreen</name>
    <message>
        <location filename="../../screens/courses.py" line="+46"/>
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subsidy: {amount}</source>
        <translation>Subsidy: {amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap here to apply for this course</source>
        <translation>Tap here to apply for this course</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training subsidy</source>
        <translation>Training subsidy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../screens/report_change.py" line="+151"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>DecisionScreen</name>
    <message>
        <location filename="../../screens/decision_notice.py" line="+94"/>
        <source>Written decision</source>
        <translation>Written decision</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision not to approve</source>
        <translation>Decision not to approve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of decision</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit for the decision</source>
        <translation>Time limit for the decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, and the rules it rests on</source>
        <translation>Why, and the rules it rests on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you disagree</source>
        <translation>If you disagree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limits run from the day you receive this decision. The last days shown count from the date of the decision.</source>
        <translation>The time limits run from the day you receive this decision. The last days shown count from the date of the decision.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the decision</source>
        <translation>Print the decision</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rule: {rule}</source>
        <translation>Rule: {rule}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Administrative review: apply by {date}</source>
        <translation>Administrative review: apply by {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lawsuit: file by {date}</source>
        <translation>Lawsuit: file by {date}</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../screens/eligibility.py" line="+38"/>
        <source>Rule: {rule}</source>
        <translation>Rule: {rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you can do: {action}</source>
        <translation>What you can do: {action}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Can I receive the benefit?</source>
        <translation>Can I receive the benefit?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your last job, as the employer reported it</source>
        <translation>Your last job, as the employer reported it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of work</source>
        <translation>Last day of work</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the job ended</source>
        <translation>How the job ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months of insurance paid</source>
        <translation>Months of insurance paid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can receive</source>
        <translation>What you can receive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency confirms the amount when it decides.</source>
        <translation>The agency confirms the amount when it decides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply now</source>
        <translation>Apply now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my application</source>
        <translation>See my application</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply for a written decision</source>
        <translation>Apply for a written decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application number: {reference}</source>
        <translation>Application number: {reference}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About {amount} a month</source>
        <translation>About {amount} a month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For up to {months}, paid every month.</source>
        <translation>For up to {months}, paid every month.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In total about {total}.</source>
        <translation>In total about {total}.</translation>
    </message>
</context>
<context>
    <name>EndingScreen</name>
    <message>
        <location filename="../../screens/ending.py" line="+56"/>
        <source>Goodbye</source>
        <translation>Goodbye</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your details have been cleared from this screen.</source>
        <translation>Your details have been cleared from this screen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please take your card with you.</source>
        <translation>Please take your card with you.</translation>
    </message>
</context>
<context>
    <name>FieldStaffLogin</name>
    <message>
        <location filename="../../screens/field_staff_login.py" line="+25"/>
        <source>Wrong staff name or password. %1 more wrong tries without the network, then this laptop needs an online sign-in.</source>
        <translation>Wrong staff name or password. %1 more wrong tries without the network, then this laptop needs an online sign-in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong staff name or password. Please try again.</source>
        <translation>Wrong staff name or password. Please try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is not a field visitor&apos;s. Home visits need the field visitor role.</source>
        <translation>This account is not a field visitor&apos;s. Home visits need the field visitor role.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong tries. Please wait a few minutes and try again.</source>
        <translation>Too many wrong tries. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No network, and you have not signed in on this laptop with the network yet. Sign in once where there is a network.</source>
        <translation>No network, and you have not signed in on this laptop with the network yet. Sign in once where there is a network.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No network, and your last online sign-in on this laptop is more than 7 days old. Sign in once where there is a network.</source>
        <translation>No network, and your last online sign-in on this laptop is more than 7 days old. Sign in once where there is a network.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency could not sign you in right now. Please call the service desk.</source>
        <translation>The agency could not sign you in right now. Please call the service desk.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+12"/>
        <source>Home visit: staff sign-in</source>
        <translation>Home visit: staff sign-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field visitor signs in before serving the claimant at home. Without a network, your last online sign-in on this laptop works for 7 days.</source>
        <translation>A field visitor signs in before serving the claimant at home. Without a network, your last online sign-in on this laptop works for 7 days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff name</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../screens/guide.py" line="+122"/>
        <source>Guide and flowchart</source>
        <translation>Guide and flowchart</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print this guide</source>
        <translation>Print this guide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything on the paper is also on this screen.</source>
        <translation>Everything on the paper is also on this screen.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="+101"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply for unemployment benefit</source>
        <translation>Apply for unemployment benefit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See what you are entitled to, then apply. No certificates needed.</source>
        <translation>See what you are entitled to, then apply. No certificates needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my application</source>
        <translation>Check my application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far it has got, payments, and what happens next.</source>
        <translation>How far it has got, payments, and what happens next.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide and flowchart</source>
        <translation>Guide and flowchart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The steps, the time limits, a picture.</source>
        <translation>The steps, the time limits, a picture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training subsidy</source>
        <translation>Training subsidy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In an approved training course? Apply for the subsidy.</source>
        <translation>In an approved training course? Apply for the subsidy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a change, update your details, appointments, complaints.</source>
        <translation>Report a change, update your details, appointments, complaints.</translation>
    </message>
</context>
<context>
    <name>HomeVisitBanner</name>
    <message>
        <location filename="../../screens/home_visit_banner.py" line="+63"/>
        <source>Home visit by %1</source>
        <translation>Home visit by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in without the network</source>
        <translation>Signed in without the network</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff sign-out</source>
        <translation>Staff sign-out</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../screens/identity.py" line="+56"/>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some characters are hidden to protect you. If this is not you, press “This is not me”: nothing more will be shown.</source>
        <translation>Some characters are hidden to protect you. If this is not you, press “This is not me”: nothing more will be shown.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, this is me</source>
        <translation>Yes, this is me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not me</source>
        <translation>This is not me</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../screens/idle.py" line="+344"/>
        <source>Unemployment benefit self-service</source>
        <translation>Unemployment benefit self-service</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+9"/>
        <source>Show your e-card QR code to the scanner</source>
        <translation>Show your e-card QR code to the scanner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the electronic social security card in your phone app.</source>
        <translation>Open the electronic social security card in your phone app.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your card is still in the reader. Please take it with you.</source>
        <translation>Your card is still in the reader. Please take it with you.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide (no card needed)</source>
        <translation>Guide (no card needed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need help? Ask the staff, or call</source>
        <translation>Need help? Ask the staff, or call</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+9"/>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A code will then be sent to your mobile phone.</source>
        <translation>A code will then be sent to your mobile phone.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../screens/messages.py" line="+48"/>
        <source>Welcome. Insert your social security card, or place your ID card on the reader.</source>
        <translation>Welcome. Insert your social security card, or place your ID card on the reader.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please take your card with you.</source>
        <translation>Please take your card with you.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is not connected right now. You can still apply.</source>
        <translation>The network is not connected right now. You can still apply.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading your card. Please leave it in the slot.</source>
        <translation>Reading your card. Please leave it in the slot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a code to your mobile phone.</source>
        <translation>Sending a code to your mobile phone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your card&apos;s PIN on the keypad, then press OK.</source>
        <translation>Enter your card&apos;s PIN on the keypad, then press OK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking your PIN. Please wait.</source>
        <translation>Checking your PIN. Please wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN was not right. Please try again.</source>
        <translation>That PIN was not right. Please try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter all the digits of your PIN.</source>
        <translation>Please enter all the digits of your PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: one try left. If this PIN is wrong too, the card will be locked and must be unlocked at a service counter.</source>
        <translation>Careful: one try left. If this PIN is wrong too, the card will be locked and must be unlocked at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card is locked because the PIN was wrong too many times. Please take the card to a service counter to unlock it, or call 12333.</source>
        <translation>This card is locked because the PIN was wrong too many times. Please take the card to a service counter to unlock it, or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the code from the text message we just sent.</source>
        <translation>Enter the code from the text message we just sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the code. Please wait.</source>
        <translation>Checking the code. Please wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That code was not right. Please look at the message again.</source>
        <translation>That code was not right. Please look at the message again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter all the digits of the code.</source>
        <translation>Please enter all the digits of the code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code can no longer be used. Please ask for a new code.</source>
        <translation>This code can no longer be used. Please ask for a new code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card could not be read. Please take it out, wipe the chip gently and insert it again.</source>
        <translation>The card could not be read. Please take it out, wipe the chip gently and insert it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a social security card. Please insert your social security card, or place your ID card on the reader.</source>
        <translation>This is not a social security card. Please insert your social security card, or place your ID card on the reader.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card reader is not working right now. Please ask the staff for help.</source>
        <translation>The card reader is not working right now. Please ask the staff for help.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We could not find an insurance record for you. Please ask at a service counter or call 12333.</source>
        <translation>We could not find an insurance record for you. Please ask at a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in with an ID card needs the network, which is down right now. Please use your social security card, or try again later.</source>
        <translation>Signing in with an ID card needs the network, which is down right now. Please use your social security card, or try again later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no mobile number on file for you, so no code can be sent. Please use your social security card, or ask at a service counter.</source>
        <translation>There is no mobile number on file for you, so no code can be sent. Please use your social security card, or ask at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many codes were sent. Please try again later, or use your social security card.</source>
        <translation>Too many codes were sent. Please try again later, or use your social security card.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many tries from this kiosk. Please wait {minutes} minutes and try again, or ask the staff for help.</source>
        <translation>Too many tries from this kiosk. Please wait {minutes} minutes and try again, or ask the staff for help.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in cannot go on here. Please ask at a service counter or call 12333.</source>
        <translation>Signing in cannot go on here. Please ask at a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This social security card has expired. Please renew it at a service counter, or place your ID card on the reader.</source>
        <translation>This social security card has expired. Please renew it at a service counter, or place your ID card on the reader.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ID card has expired, so it cannot be used. Please renew it at the police station, or insert your social security card.</source>
        <translation>This ID card has expired, so it cannot be used. Please renew it at the police station, or insert your social security card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card&apos;s PIN is locked. Please take the card to a service counter to unlock it, or place your ID card on the reader.</source>
        <translation>This card&apos;s PIN is locked. Please take the card to a service counter to unlock it, or place your ID card on the reader.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card can only be checked with the network, which is down right now. Please try again later, or ask the staff.</source>
        <translation>This card can only be checked with the network, which is down right now. Please try again later, or ask the staff.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card could not be confirmed as a genuine social security card, so nothing can be done with it here. Please take it to a service counter, or call 12333.</source>
        <translation>This card could not be confirmed as a genuine social security card, so nothing can be done with it here. Please take it to a service counter, or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This kiosk serves people insured in this prefecture. You are insured in {where}: please apply at a social insurance service counter there, or call 12333.</source>
        <translation>This kiosk serves people insured in this prefecture. You are insured in {where}: please apply at a social insurance service counter there, or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This e-card code has already been used. Please refresh the code in the app and show the new one to the scanner.</source>
        <translation>This e-card code has already been used. Please refresh the code in the app and show the new one to the scanner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This e-card code has expired. Please refresh the code in the app and show the new one to the scanner.</source>
        <translation>This e-card code has expired. Please refresh the code in the app and show the new one to the scanner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an electronic social security card code. Please open the e-card in your app and show its QR code to the scanner.</source>
        <translation>This is not an electronic social security card code. Please open the e-card in your app and show its QR code to the scanner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in with the e-card needs the network, which is down right now. Please use your social security card, or try again later.</source>
        <translation>Signing in with the e-card needs the network, which is down right now. Please use your social security card, or try again later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding your record. Please wait.</source>
        <translation>Finding your record. Please wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this you? The network is down, so these details come from your card.</source>
        <translation>Is this you? The network is down, so these details come from your card.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other services: tell us about a change, or update your details</source>
        <translation>Other services: tell us about a change, or update your details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your insurance record. Please wait.</source>
        <translation>Getting your insurance record. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your applications. Please wait.</source>
        <translation>Getting your applications. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your training courses. Please wait.</source>
        <translation>Getting your training courses. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good news: you can receive unemployment benefit.</source>
        <translation>Good news: you can receive unemployment benefit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot receive unemployment benefit at present.</source>
        <translation>You cannot receive unemployment benefit at present.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is down, so your record cannot be checked now. You can still apply: the agency checks it when your application arrives.</source>
        <translation>The network is down, so your record cannot be checked now. You can still apply: the agency checks it when your application arrives.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You already have an application in progress. You cannot apply again until it is finished. See where it stands below.</source>
        <translation>You already have an application in progress. You cannot apply again until it is finished. See where it stands below.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already received every month of unemployment benefit you are entitled to.</source>
        <translation>You have already received every month of unemployment benefit you are entitled to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your record cannot be checked here. Please ask at a service counter or call 12333.</source>
        <translation>Your record cannot be checked here. Please ask at a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which mobile number can the agency reach you on?</source>
        <translation>Which mobile number can the agency reach you on?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benefit will be paid into this account. Is that right?</source>
        <translation>The benefit will be paid into this account. Is that right?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no payment account on file for you. Please ask at a service counter to add one.</source>
        <translation>There is no payment account on file for you. Please ask at a service counter to add one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please read this promise, then accept it.</source>
        <translation>Please read this promise, then accept it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check your application, then submit it.</source>
        <translation>Please check your application, then submit it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number has 11 digits. Please check the number.</source>
        <translation>A mobile number has 11 digits. Please check the number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number has only digits. Please check the number.</source>
        <translation>A mobile number has only digits. Please check the number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number starts with 1. Please check the number.</source>
        <translation>A mobile number starts with 1. Please check the number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved: this kiosk&apos;s storage is full. Nothing was sent. Please ask the staff, or apply at a service counter.</source>
        <translation>Your application could not be saved: this kiosk&apos;s storage is full. Nothing was sent. Please ask the staff, or apply at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your application could not be saved, and nothing was sent. Please press Submit again, or ask the staff.</source>
        <translation>Your application could not be saved, and nothing was sent. Please press Submit again, or ask the staff.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving your application. Please wait.</source>
        <translation>Saving your application. Please wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is saved. Sending it to the agency.</source>
        <translation>Your application is saved. Sending it to the agency.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk. It will be sent when the network is back. One moment, please.</source>
        <translation>Your application is saved on this kiosk. It will be sent when the network is back. One moment, please.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency has received your application.</source>
        <translation>The agency has received your application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk. It is sent to the agency automatically when the network is back.</source>
        <translation>Your application is saved on this kiosk. It is sent to the agency automatically when the network is back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing your receipt. Please wait.</source>
        <translation>Printing your receipt. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is printed. Please take it.</source>
        <translation>Your receipt is printed. Please take it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer has run out of paper. Please ask the staff to put in more. You can print once the printer is ready again.</source>
        <translation>The printer has run out of paper. Please ask the staff to put in more. You can print once the printer is ready again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer&apos;s cover is open. Please ask the staff to close it. You can print once the printer is ready again.</source>
        <translation>The printer&apos;s cover is open. Please ask the staff to close it. You can print once the printer is ready again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer is ready again. You can print now.</source>
        <translation>The printer is ready again. You can print now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is not working right now.</source>
        <translation>The printer is not working right now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt could not be printed.</source>
        <translation>The receipt could not be printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is already safe. The receipt is only for your records.</source>
        <translation>Your application is already safe. The receipt is only for your records.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your applications, as the agency has them.</source>
        <translation>Your applications, as the agency has them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is down, so this shows only what this kiosk knows. It may be out of date.</source>
        <translation>The network is down, so this shows only what this kiosk knows. It may be out of date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no applications yet.</source>
        <translation>You have no applications yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your applications cannot be shown right now. Please try again, or call 12333.</source>
        <translation>Your applications cannot be shown right now. Please try again, or call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to apply for unemployment benefit</source>
        <translation>How to apply for unemployment benefit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the guide. Please wait.</source>
        <translation>Printing the guide. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guide is printed. Please take it.</source>
        <translation>The guide is printed. Please take it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your course to apply for the subsidy.</source>
        <translation>Choose your course to apply for the subsidy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no approved training course on record for you.</source>
        <translation>There is no approved training course on record for you.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your courses cannot be shown right now. Please try again later.</source>
        <translation>Your courses cannot be shown right now. Please try again later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. You have finished.</source>
        <translation>Thank you. You have finished.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your card was taken out, so we finished.</source>
        <translation>Your card was taken out, so we finished.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We finished because the screen was not touched for a while.</source>
        <translation>We finished because the screen was not touched for a while.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We stopped and showed nothing more. If the details were wrong, please ask the staff.</source>
        <translation>We stopped and showed nothing more. If the details were wrong, please ask the staff.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your application was already sent to the agency. It is kept.</source>
        <translation>Your application was already sent to the agency. It is kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk and will be sent to the agency. It is kept.</source>
        <translation>Your application is saved on this kiosk and will be sent to the agency. It is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An application you had not submitted yet was not kept. Please start it again.</source>
        <translation>An application you had not submitted yet was not kept. Please start it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing. Wait for a text message from the agency.</source>
        <translation>Nothing. Wait for a text message from the agency.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the agency at once if you find a job, start a pension, or move abroad.</source>
        <translation>Tell the agency at once if you find a job, start a pension, or move abroad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the reason. If you disagree, go to a service counter or call 12333.</source>
        <translation>Read the reason. If you disagree, go to a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please go to a service counter with your card.</source>
        <translation>Please go to a service counter with your card.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing. You may apply again at any time.</source>
        <translation>Nothing. You may apply again at any time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kiosk sends it to the agency when the network is back.</source>
        <translation>This kiosk sends it to the agency when the network is back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency checks your application.</source>
        <translation>The agency checks your application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency decides and tells you by text message.</source>
        <translation>The agency decides and tells you by text message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency pays into your account every month.</source>
        <translation>The agency pays into your account every month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency still pays the months before the stop into your account.</source>
        <translation>The agency still pays the months before the stop into your account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing more.</source>
        <translation>Nothing more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency could not accept it. Staff keep it and will contact you.</source>
        <translation>The agency could not accept it. Staff keep it and will contact you.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved on a kiosk, not yet sent</source>
        <translation>Saved on a kiosk, not yet sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by the agency</source>
        <translation>Received by the agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being checked</source>
        <translation>Being checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be accepted</source>
        <translation>Could not be accepted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being paid</source>
        <translation>Being paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment stopped</source>
        <translation>Payment stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at your request</source>
        <translation>Withdrawn at your request</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract ended and was not renewed</source>
        <translation>The contract ended and was not renewed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employer ended the contract</source>
        <translation>The employer ended the contract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissed by the employer</source>
        <translation>Dismissed by the employer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You ended it because the employer broke the contract</source>
        <translation>You ended it because the employer broke the contract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended by agreement, at the employer&apos;s proposal</source>
        <translation>Ended by agreement, at the employer&apos;s proposal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You resigned</source>
        <translation>You resigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unemployment benefit</source>
        <translation>Unemployment benefit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training subsidy</source>
        <translation>Training subsidy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The financial account of your social security card</source>
        <translation>The financial account of your social security card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new employer pays your insurance.</source>
        <translation>A new employer pays your insurance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You registered a business.</source>
        <translation>You registered a business.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You receive a pension.</source>
        <translation>You receive a pension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suitable job offer was refused.</source>
        <translation>A suitable job offer was refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training offer was refused.</source>
        <translation>A training offer was refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You joined the army.</source>
        <translation>You joined the army.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You settled abroad.</source>
        <translation>You settled abroad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court sentence.</source>
        <translation>A court sentence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please ask at a service counter or call 12333 for the reason.</source>
        <translation>Please ask at a service counter or call 12333 for the reason.</translation>
    </message>
    <message>
        <location filename="../../screens/change_messages.py" line="-102"/>
        <source>Finding your claim. Please wait.</source>
        <translation>Finding your claim. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What has changed?</source>
        <translation>What has changed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did it happen?</source>
        <translation>When did it happen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check, then send it to the agency</source>
        <translation>Please check, then send it to the agency</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending your report to the agency. Please wait.</source>
        <translation>Sending your report to the agency. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency has recorded your change</source>
        <translation>The agency has recorded your change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no unemployment benefit claim that a change could affect, so there is nothing to report here.</source>
        <translation>You have no unemployment benefit claim that a change could affect, so there is nothing to report here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting a change needs the network, which is down now. Nothing was sent. Please try again later, or report it at a service counter or by calling 12333.</source>
        <translation>Reporting a change needs the network, which is down now. Nothing was sent. Please try again later, or report it at a service counter or by calling 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That day has not come yet. Choose the day it actually happened.</source>
        <translation>That day has not come yet. Choose the day it actually happened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That day is before your claim began. For a change before then, please go to a service counter.</source>
        <translation>That day is before your claim began. For a change before then, please go to a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change is reported at a service counter, not at a kiosk. Nothing was recorded.</source>
        <translation>This change is reported at a service counter, not at a kiosk. Nothing was recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agency could not take this report, and nothing was recorded. Please go to a service counter or call 12333.</source>
        <translation>The agency could not take this report, and nothing was recorded. Please go to a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in is no longer valid, so nothing was sent. Please press Finish and sign in again.</source>
        <translation>Your sign-in is no longer valid, so nothing was sent. Please press Finish and sign in again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw this application?</source>
        <translation>Withdraw this application?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawing your application. Please wait.</source>
        <translation>Withdrawing your application. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application has been withdrawn</source>
        <translation>Your application has been withdrawn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawing needs the network, which is down now. Nothing has changed: your application still stands. Please try again later, or ask at a service counter.</source>
        <translation>Withdrawing needs the network, which is down now. Nothing has changed: your application still stands. Please try again later, or ask at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency has already decided this application, so it can no longer be withdrawn. If you have found work, report a change instead.</source>
        <translation>The agency has already decided this application, so it can no longer be withdrawn. If you have found work, report a change instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This application has already been withdrawn. There is nothing more to do.</source>
        <translation>This application has already been withdrawn. There is nothing more to do.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency does not have this application under your name. Please ask at a service counter.</source>
        <translation>The agency does not have this application under your name. Please ask at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency could not withdraw this application, so it still stands. Please ask at a service counter.</source>
        <translation>The agency could not withdraw this application, so it still stands. Please ask at a service counter.</translation>
    </message>
    <message>
        <location filename="../../screens/details_messages.py" line="+14"/>
        <source>Type your new mobile number, then press OK. We will text a code to it.</source>
        <translation>Type your new mobile number, then press OK. We will text a code to it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a code to your new mobile number.</source>
        <translation>Sending a code to your new mobile number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the code from the text message on your new phone.</source>
        <translation>Enter the code from the text message on your new phone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That code was not right. Please look at the message on your new phone again.</source>
        <translation>That code was not right. Please look at the message on your new phone again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong tries: this code no longer works. Press “Send a new code”.</source>
        <translation>Too many wrong tries: this code no longer works. Press “Send a new code”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code has expired, or a newer one was sent. Press “Send a new code”.</source>
        <translation>This code has expired, or a newer one was sent. Press “Send a new code”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing your mobile number needs the network, and it is not connected now. Please try again later, or ask at a service counter.</source>
        <translation>Changing your mobile number needs the network, and it is not connected now. Please try again later, or ask at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is already the number on file. Please type your new number.</source>
        <translation>This is already the number on file. Please type your new number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many codes were sent to you today. Please try again tomorrow, or ask at a service counter.</source>
        <translation>Too many codes were sent to you today. Please try again tomorrow, or ask at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number cannot be changed here. Please ask at a service counter, or call 12333.</source>
        <translation>The number cannot be changed here. Please ask at a service counter, or call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your mobile number has been changed.</source>
        <translation>Your mobile number has been changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the accounts on file.</source>
        <translation>Looking up the accounts on file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account should your benefit be paid into? Tap one.</source>
        <translation>Which account should your benefit be paid into? Tap one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay your benefit into this account?</source>
        <translation>Pay your benefit into this account?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving your choice. Please wait.</source>
        <translation>Saving your choice. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no account on file for your benefit.</source>
        <translation>There is no account on file for your benefit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add one, bring your ID card and bank card to a service counter, or ask the bank that issued your social security card to open its financial account. A card number is never typed at this kiosk.</source>
        <translation>To add one, bring your ID card and bank card to a service counter, or ask the bank that issued your social security card to open its financial account. A card number is never typed at this kiosk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The accounts on file can only be shown with the network, and it is not connected now. Please try again later.</source>
        <translation>The accounts on file can only be shown with the network, and it is not connected now. Please try again later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounts on file cannot be shown here. Please ask at a service counter, or call 12333.</source>
        <translation>The accounts on file cannot be shown here. Please ask at a service counter, or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your choice could not be saved, so nothing was changed. Please try again.</source>
        <translation>Your choice could not be saved, so nothing was changed. Please try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: your benefit will be paid into this account.</source>
        <translation>Done: your benefit will be paid into this account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already the account your benefit is paid into. Nothing was changed.</source>
        <translation>This is already the account your benefit is paid into. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This applies from the next payment the agency sends. A payment already sent to the bank is not moved.</source>
        <translation>This applies from the next payment the agency sends. A payment already sent to the bank is not moved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which account should your benefit be paid into? The social security card&apos;s account is proposed; tap another to change it.</source>
        <translation>Which account should your benefit be paid into? The social security card&apos;s account is proposed; tap another to change it.</translation>
    </message>
    <message>
        <location filename="../../screens/proof_messages.py" line="+13"/>
        <source>By your record you are unlikely to qualify, for the reasons below. You may still apply: the agency then decides and sends you a written decision you can appeal.</source>
        <translation>By your record you are unlikely to qualify, for the reasons below. You may still apply: the agency then decides and sends you a written decision you can appeal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your application was not approved. This is the agency&apos;s written decision.</source>
        <translation>Your application was not approved. This is the agency&apos;s written decision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing the decision. Please wait.</source>
        <translation>Printing the decision. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision is printed. Please take it and keep it.</source>
        <translation>The decision is printed. Please take it and keep it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting your unemployment registration. Please wait.</source>
        <translation>Getting your unemployment registration. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your proof of unemployment registration. Check it, then print it.</source>
        <translation>Your proof of unemployment registration. Check it, then print it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing your proof. Please wait.</source>
        <translation>Printing your proof. Please wait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your proof is printed. Please take it.</source>
        <translation>Your proof is printed. Please take it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no unemployment registration on file for you. Applying for the benefit registers you.</source>
        <translation>There is no unemployment registration on file for you. Applying for the benefit registers you.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proof needs the network, which is not connected right now. Please try again later or ask at a service counter.</source>
        <translation>The proof needs the network, which is not connected right now. Please try again later or ask at a service counter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency cannot give a proof here. Please ask at a service counter or call 12333.</source>
        <translation>The agency cannot give a proof here. Please ask at a service counter or call 12333.</translation>
    </message>
    <message>
        <location filename="../../screens/appointment_messages.py" line="-93"/>
        <source>Finding free times at your service centre.</source>
        <translation>Finding free times at your service centre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking an appointment needs the network, and it is not connected now. Please try again later, or call 12333.</source>
        <translation>Booking an appointment needs the network, and it is not connected now. Please try again later, or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No service centre takes appointments for your area at this kiosk. Please call 12333.</source>
        <translation>No service centre takes appointments for your area at this kiosk. Please call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The appointment could not be booked. Please ask at a service counter or call 12333.</source>
        <translation>The appointment could not be booked. Please ask at a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What do you need to do at the counter?</source>
        <translation>What do you need to do at the counter?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a day.</source>
        <translation>Choose a day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time. Times marked “Full” cannot be booked.</source>
        <translation>Choose a time. Times marked “Full” cannot be booked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone has just booked the last place at that time. Please choose another time.</source>
        <translation>Someone has just booked the last place at that time. Please choose another time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You already have an appointment for this. Cancel it below if you need another time.</source>
        <translation>You already have an appointment for this. Cancel it below if you need another time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check your appointment, then press “Book”.</source>
        <translation>Please check your appointment, then press “Book”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking your appointment.</source>
        <translation>Booking your appointment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your appointment is booked. We have also sent you a text message.</source>
        <translation>Your appointment is booked. We have also sent you a text message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing your appointment slip.</source>
        <translation>Printing your appointment slip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please take your appointment slip.</source>
        <translation>Please take your appointment slip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to cancel this appointment?</source>
        <translation>Do you want to cancel this appointment?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling your appointment.</source>
        <translation>Cancelling your appointment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your appointment is cancelled. We have also sent you a text message.</source>
        <translation>Your appointment is cancelled. We have also sent you a text message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appointment could not be cancelled. Please try again, or call 12333.</source>
        <translation>The appointment could not be cancelled. Please try again, or call 12333.</translation>
    </message>
    <message>
        <location filename="../../screens/complaint_messages.py" line="-54"/>
        <source>Looking up your earlier complaints and suggestions.</source>
        <translation>Looking up your earlier complaints and suggestions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your complaints and suggestions, and the staff&apos;s answers.</source>
        <translation>Your complaints and suggestions, and the staff&apos;s answers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is it about? Choose one.</source>
        <translation>What is it about? Choose one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a sentence that says it, or write your own.</source>
        <translation>Choose a sentence that says it, or write your own.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what you want to tell us, then press Next.</source>
        <translation>Write what you want to tell us, then press Next.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check what will be sent, then press Send.</source>
        <translation>Please check what will be sent, then press Send.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending. Please wait.</source>
        <translation>Sending. Please wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received. Staff will answer by the date below.</source>
        <translation>Received. Staff will answer by the date below.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be sent right now: the network is not connected. Please try again later, or call 12333.</source>
        <translation>Nothing can be sent right now: the network is not connected. Please try again later, or call 12333.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This could not be sent. Please ask the staff at the counter, or call 12333.</source>
        <translation>This could not be sent. Please ask the staff at the counter, or call 12333.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is longer than 500 characters. Please make it shorter.</source>
        <translation>That is longer than 500 characters. Please make it shorter.</translation>
    </message>
</context>
<context>
    <name>MoreServicesScreen</name>
    <message>
        <location filename="../../screens/more_services.py" line="+34"/>
        <source>Report a change</source>
        <translation>Report a change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found work, a pension, moving abroad, joining the army: tell us promptly.</source>
        <translation>Found work, a pension, moving abroad, joining the army: tell us promptly.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change my mobile number</source>
        <translation>Change my mobile number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code goes to the new number to prove it is yours.</source>
        <translation>A code goes to the new number to prove it is yours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment account</source>
        <translation>Payment account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which of your accounts the benefit is paid into.</source>
        <translation>Choose which of your accounts the benefit is paid into.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print proof of registration</source>
        <translation>Print proof of registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proof of your unemployment registration, with a code to verify it.</source>
        <translation>A proof of your unemployment registration, with a code to verify it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book a counter appointment</source>
        <translation>Book a counter appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what cannot be done here: pick a day and time at your service centre.</source>
        <translation>For what cannot be done here: pick a day and time at your service centre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint or suggestion</source>
        <translation>Complaint or suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell us what went wrong or what could be better; staff will answer.</source>
        <translation>Tell us what went wrong or what could be better; staff will answer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Other services</source>
        <translation>Other services</translation>
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
    <name>OtpScreen</name>
    <message>
        <location filename="../../screens/pin_entry.py" line="+216"/>
        <source>Code by text message</source>
        <translation>Code by text message</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The code was sent to the mobile number on file: {mobile}</source>
        <translation>The code was sent to the mobile number on file: {mobile}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tries left: {count}</source>
        <translation>Tries left: {count}</translation>
    </message>
</context>
<context>
    <name>PaymentAccountScreen</name>
    <message>
        <location filename="../../screens/payment_account.py" line="+77"/>
        <source>Default account</source>
        <translation>Default account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your benefit is paid here now</source>
        <translation>Your benefit is paid here now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Chosen</source>
        <translation>✓ Chosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap to choose</source>
        <translation>Tap to choose</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>You never type a bank card number at this kiosk. Only the accounts the agency already holds are listed.</source>
        <translation>You never type a bank card number at this kiosk. Only the accounts the agency already holds are listed.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+68"/>
        <source>Payment account</source>
        <translation>Payment account</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Yes, pay into this account</source>
        <translation>Yes, pay into this account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your benefit is paid into</source>
        <translation>Your benefit is paid into</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/apply.py" line="-78"/>
        <location filename="../../screens/pin_entry.py" line="-151"/>
        <location filename="../../screens/update_mobile.py" line="+26"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../screens/pin_entry.py" line="+1"/>
        <location filename="../../screens/update_mobile.py" line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../screens/pin_entry.py" line="+46"/>
        <source>Card PIN</source>
        <translation>Card PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN is the password of your social security card.</source>
        <translation>The PIN is the password of your social security card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand. Try once more</source>
        <translation>I understand. Try once more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sure of your PIN? Press Finish, take your card and ask at a service counter instead.</source>
        <translation>Not sure of your PIN? Press Finish, take your card and ask at a service counter instead.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tries left before the card locks: {count}</source>
        <translation>Tries left before the card locks: {count}</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <location filename="../../screens/problem.py" line="+39"/>
        <source>Signing in could not go on</source>
        <translation>Signing in could not go on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another prefecture</source>
        <translation>another prefecture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been lost. For help, ask the staff or call</source>
        <translation>Nothing has been lost. For help, ask the staff or call</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please take your card out of the reader now.</source>
        <translation>Please take your card out of the reader now.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../screens/result.py" line="+199"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try printing again</source>
        <translation>Try printing again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please wait by the slot below the screen.</source>
        <translation>Please wait by the slot below the screen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not need the paper. Keep the reference number instead, or photograph the screen.</source>
        <translation>You do not need the paper. Keep the reference number instead, or photograph the screen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When you are done, press Finish.</source>
        <translation>When you are done, press Finish.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photograph this code with your phone. It opens the page that shows how far your application has got.</source>
        <translation>Photograph this code with your phone. It opens the page that shows how far your application has got.</translation>
    </message>
</context>
<context>
    <name>RegistrationProofScreen</name>
    <message>
        <location filename="../../screens/registration_proof.py" line="+77"/>
        <source>Proof of unemployment registration</source>
        <translation>Proof of unemployment registration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the proof says</source>
        <translation>What the proof says</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered as unemployed on</source>
        <translation>Registered as unemployed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whoever receives the proof can scan this code to check it with the agency.</source>
        <translation>Whoever receives the proof can scan this code to check it with the agency.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the proof</source>
        <translation>Print the proof</translation>
    </message>
</context>
<context>
    <name>ReportChangeScreen</name>
    <message>
        <location filename="../../screens/report_change.py" line="+125"/>
        <source>Report a change</source>
        <translation>Report a change</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to the agency</source>
        <translation>Send to the agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your claim</source>
        <translation>Your claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this means for you</source>
        <translation>What this means for you</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not need to name an employer: the agency learns it from the employer&apos;s contributions.</source>
        <translation>You do not need to name an employer: the agency learns it from the employer&apos;s contributions.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any day up to today, {today}.</source>
        <translation>Any day up to today, {today}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any day from {first}, when your claim began, up to today.</source>
        <translation>Any day from {first}, when your claim began, up to today.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your application has not been decided yet. The agency takes this change into account when it decides: from the month it happened, no benefit is paid.</source>
        <translation>Your application has not been decided yet. The agency takes this change into account when it decides: from the month it happened, no benefit is paid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment of your benefit stops from {month}. Any money already paid for {month} or later must be paid back; the agency will tell you how.</source>
        <translation>Payment of your benefit stops from {month}. Any money already paid for {month} or later must be paid back; the agency will tell you how.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Change recorded</source>
        <translation>Change recorded</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of your report</source>
        <translation>Number of your report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text message confirms it. With this number you can ask at any counter or by calling 12333.</source>
        <translation>A text message confirms it. With this number you can ask at any counter or by calling 12333.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} was already paid for {months} from then. It must be paid back; the agency will contact you about how.</source>
        <translation>{amount} was already paid for {months} from then. It must be paid back; the agency will contact you about how.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payment of your benefit stops from {month}.</source>
        <translation>Payment of your benefit stops from {month}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment had already stopped from {month}. Nothing more changes.</source>
        <translation>Payment had already stopped from {month}. Nothing more changes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency takes it into account when it decides your application.</source>
        <translation>The agency takes it into account when it decides your application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your benefit had already been paid in full, so nothing changes.</source>
        <translation>Your benefit had already been paid in full, so nothing changes.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../screens/result.py" line="-214"/>
        <source>The agency checks it and decides within 10 working days, then tells you by text message. You do not need to bring any papers.</source>
        <translation>The agency checks it and decides within 10 working days, then tells you by text message. You do not need to bring any papers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not need to come back. When the network is back, this kiosk sends it by itself; the agency then decides within 10 working days and tells you by text message.</source>
        <translation>You do not need to come back. When the network is back, this kiosk sends it by itself; the agency then decides within 10 working days and tells you by text message.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your reference number</source>
        <translation>Your reference number</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved on this kiosk, will be sent</source>
        <translation>Saved on this kiosk, will be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can check your application at any kiosk, or call 12333 with the reference.</source>
        <translation>You can check your application at any kiosk, or call 12333 with the reference.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a receipt</source>
        <translation>Print a receipt</translation>
    </message>
</context>
<context>
    <name>ServiceReceipt</name>
    <message>
        <location filename="../../screens/report_change.py" line="-148"/>
        <source>Print a receipt</source>
        <translation>Print a receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing. Please wait by the slot below the screen.</source>
        <translation>Printing. Please wait by the slot below the screen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed. Please take your receipt.</source>
        <translation>Printed. Please take your receipt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not need the paper: it is recorded with the agency. Keep the number instead, or photograph the screen.</source>
        <translation>You do not need the paper: it is recorded with the agency. Keep the number instead, or photograph the screen.</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../screens/status.py" line="+194"/>
        <source>My applications</source>
        <translation>My applications</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you do next</source>
        <translation>What you do next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agency does next</source>
        <translation>What the agency does next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far</source>
        <translation>So far</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments made</source>
        <translation>Payments made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown from this kiosk only. It may be out of date.</source>
        <translation>Shown from this kiosk only. It may be out of date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application {number} of {count}</source>
        <translation>Application {number} of {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind}, reference {reference}</source>
        <translation>{kind}, reference {reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: {situation}</source>
        <translation>Now: {situation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By {date}.</source>
        <translation>By {date}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read and print the decision</source>
        <translation>Read and print the decision</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(returned by the bank, to be paid again)</source>
        <translation>(returned by the bank, to be paid again)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{months} will not be paid because of the stop. If you lose a job again, they can be added to a new claim.</source>
        <translation>{months} will not be paid because of the stop. If you lose a job again, they can be added to a new claim.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdraw this application</source>
        <translation>Withdraw this application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still on this kiosk, so it cannot be withdrawn yet. Once it has been sent, you can withdraw it here while it is undecided, or at a service counter.</source>
        <translation>Still on this kiosk, so it cannot be withdrawn yet. Once it has been sent, you can withdraw it here while it is undecided, or at a service counter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why payment stopped: {reason}</source>
        <translation>Why payment stopped: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment stopped from {month}. Why: {reason}</source>
        <translation>Payment stopped from {month}. Why: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written decision of {date}.</source>
        <translation>Written decision of {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you disagree: administrative review by {review}, or a lawsuit by {lawsuit}.</source>
        <translation>If you disagree: administrative review by {review}, or a lawsuit by {lawsuit}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid so far: {paid} of {granted} months</source>
        <translation>Paid so far: {paid} of {granted} months</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still to be paid for the months before the stop: {months}</source>
        <translation>Still to be paid for the months before the stop: {months}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months still to be paid: {months}</source>
        <translation>Months still to be paid: {months}</translation>
    </message>
    <message>
        <location filename="../../screens/status_desk.py" line="+136"/>
        <source>My complaints and suggestions</source>
        <translation>My complaints and suggestions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My counter appointments</source>
        <translation>My counter appointments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking this up…</source>
        <translation>Looking this up…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your complaints and suggestions could not be loaded: the network is not connected. Your applications above are not affected.</source>
        <translation>Your complaints and suggestions could not be loaded: the network is not connected. Your applications above are not affected.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your complaints and suggestions could not be loaded just now. Please ask at a service counter or call 12333.</source>
        <translation>Your complaints and suggestions could not be loaded just now. Please ask at a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No complaints or suggestions in recent months.</source>
        <translation>No complaints or suggestions in recent months.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your appointments could not be loaded: the network is not connected. Your applications above are not affected.</source>
        <translation>Your appointments could not be loaded: the network is not connected. Your applications above are not affected.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your appointments could not be loaded just now. Please ask at a service counter or call 12333.</source>
        <translation>Your appointments could not be loaded just now. Please ask at a service counter or call 12333.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No appointments booked.</source>
        <translation>No appointments booked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Answered on {date}</source>
        <translation>Answered on {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for an answer, due by {date}</source>
        <translation>Waiting for an answer, due by {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered by {date} as promised: please call 12333.</source>
        <translation>Not answered by {date} as promised: please call 12333.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <location filename="../../screens/text_keyboard.py" line="+412"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double consonants</source>
        <translation>Double consonants</translation>
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
        <location filename="../../screens/top_bar.py" line="+115"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>UpdateMobileScreen</name>
    <message>
        <location filename="../../screens/update_mobile.py" line="+52"/>
        <source>Change my mobile number</source>
        <translation>Change my mobile number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your new number, typed on the keypad:</source>
        <translation>Your new number, typed on the keypad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number on file now is {mobile}.</source>
        <translation>The number on file now is {mobile}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no mobile number on file yet.</source>
        <translation>There is no mobile number on file yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code sent to your new number</source>
        <translation>Code sent to your new number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code was sent to your new number: {mobile}</source>
        <translation>The code was sent to your new number: {mobile}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Mobile number changed</source>
        <translation>Mobile number changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mobile number on file</source>
        <translation>Your mobile number on file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text messages about your benefit, and the codes to sign in with your ID card, now go to the new number.</source>
        <translation>Text messages about your benefit, and the codes to sign in with your ID card, now go to the new number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>We sent a text message to your old number to say it was changed. If you did not make this change, call 12333 at once.</source>
        <translation>We sent a text message to your old number to say it was changed. If you did not make this change, call 12333 at once.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you did not make this change, call 12333 at once.</source>
        <translation>If you did not make this change, call 12333 at once.</translation>
    </message>
</context>
<context>
    <name>WithdrawScreen</name>
    <message>
        <location filename="../../screens/withdraw.py" line="+61"/>
        <source>Withdraw an application</source>
        <translation>Withdraw an application</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>What withdrawing means</source>
        <translation>What withdrawing means</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency stops handling it and will not decide it.</source>
        <translation>The agency stops handling it and will not decide it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be paid for this application.</source>
        <translation>Nothing will be paid for this application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be undone. You may apply again later, if you are still entitled.</source>
        <translation>It cannot be undone. You may apply again later, if you are still entitled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, withdraw it</source>
        <translation>Yes, withdraw it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep your application, press Back.</source>
        <translation>To keep your application, press Back.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Application withdrawn</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing more: the agency will not decide it and pays nothing for it. You may apply again whenever you are entitled.</source>
        <translation>Nothing more: the agency will not decide it and pays nothing for it. You may apply again whenever you are entitled.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See my applications</source>
        <translation>See my applications</translation>
    </message>
</context>
</TS>
