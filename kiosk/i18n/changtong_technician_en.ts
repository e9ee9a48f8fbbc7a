<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>technician</name>
    <message>
      <source>port opens; a test scan shows that it reads</source>
      <translation>port opens; a test scan shows that it reads</translation>
    </message>
    <message>
      <source>port not found (scanner unplugged?)</source>
      <translation>port not found (scanner unplugged?)</translation>
    </message>
    <message>
      <source>Device status</source>
      <translation>Device status</translation>
    </message>
    <message>
      <source>Detect devices</source>
      <translation>Detect devices</translation>
    </message>
    <message>
      <source>Test the devices</source>
      <translation>Test the devices</translation>
    </message>
    <message>
      <source>no suffix</source>
      <translation>no suffix</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Check again</translation>
    </message>
    <message>
      <source>Search again</source>
      <translation>Search again</translation>
    </message>
    <message>
      <source>Touch a button to use that device. The choice is saved at once.</source>
      <translation>Touch a button to use that device. The choice is saved at once.</translation>
    </message>
    <message>
      <source>Read social security card</source>
      <translation>Read social security card</translation>
    </message>
    <message>
      <source>Read ID card</source>
      <translation>Read ID card</translation>
    </message>
    <message>
      <source>Test scan</source>
      <translation>Test scan</translation>
    </message>
    <message>
      <source>Print a test receipt</source>
      <translation>Print a test receipt</translation>
    </message>
    <message>
      <source>Social security card readers (PC/SC)</source>
      <translation>Social security card readers (PC/SC)</translation>
    </message>
    <message>
      <source>not used</source>
      <translation>not used</translation>
    </message>
    <message>
      <source>ID card reader</source>
      <translation>ID card reader</translation>
    </message>
    <message>
      <source>Receipt printer</source>
      <translation>Receipt printer</translation>
    </message>
    <message>
      <source>2D barcode scanner (e-card)</source>
      <translation>2D barcode scanner (e-card)</translation>
    </message>
    <message>
      <source>Card readers (PC/SC)</source>
      <translation>Card readers (PC/SC)</translation>
    </message>
    <message>
      <source>Serial ports</source>
      <translation>Serial ports</translation>
    </message>
    <message>
      <source>not USB</source>
      <translation>not USB</translation>
    </message>
    <message>
      <source>A test scan shows how long the code was, never what it says.</source>
      <translation>A test scan shows how long the code was, never what it says.</translation>
    </message>
    <message>
      <source>card present</source>
      <translation>card present</translation>
    </message>
    <message>
      <source>no card</source>
      <translation>no card</translation>
    </message>
    <message>
      <source>SAM: {state}</source>
      <translation>SAM: {state}</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>FAILED</translation>
    </message>
    <message>
      <source>Use for cards</source>
      <translation>Use for cards</translation>
    </message>
    <message>
      <source>Use as PSAM</source>
      <translation>Use as PSAM</translation>
    </message>
    <message>
      <source>no serial port found</source>
      <translation>no serial port found</translation>
    </message>
    <message>
      <source>Use for ID cards</source>
      <translation>Use for ID cards</translation>
    </message>
    <message>
      <source>Use for the scanner</source>
      <translation>Use for the scanner</translation>
    </message>
    <message>
      <source>Use as printer</source>
      <translation>Use as printer</translation>
    </message>
    <message>
      <source>Saved. Restart the kiosk app to use it.</source>
      <translation>Saved. Restart the kiosk app to use it.</translation>
    </message>
    <message>
      <source>Saved and in use.</source>
      <translation>Saved and in use.</translation>
    </message>
    <message>
      <source>Only masked values are shown. The card PIN is not checked, so no try is used.</source>
      <translation>Only masked values are shown. The card PIN is not checked, so no try is used.</translation>
    </message>
    <message>
      <source>Show a barcode to the scanner within {s} seconds.</source>
      <translation>Show a barcode to the scanner within {s} seconds.</translation>
    </message>
    <message>
      <source>no reader</source>
      <translation>no reader</translation>
    </message>
    <message>
      <source>card reader</source>
      <translation>card reader</translation>
    </message>
    <message>
      <source>PSAM slot</source>
      <translation>PSAM slot</translation>
    </message>
    <message>
      <source>USB {id}</source>
      <translation>USB {id}</translation>
    </message>
    <message>
      <source>Social security card read</source>
      <translation>Social security card read</translation>
    </message>
    <message>
      <source>Reader</source>
      <translation>Reader</translation>
    </message>
    <message>
      <source>Card version</source>
      <translation>Card version</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>Card number</translation>
    </message>
    <message>
      <source>Social security number</source>
      <translation>Social security number</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Commands sent</source>
      <translation>Commands sent</translation>
    </message>
    <message>
      <source>online: {v}</source>
      <translation>online: {v}</translation>
    </message>
    <message>
      <source>cover open: {v}</source>
      <translation>cover open: {v}</translation>
    </message>
    <message>
      <source>Test failed: {why}</source>
      <translation>Test failed: {why}</translation>
    </message>
    <message>
      <source>first reader with a card</source>
      <translation>first reader with a card</translation>
    </message>
    <message>
      <source>ID card read</source>
      <translation>ID card read</translation>
    </message>
    <message>
      <source>Card type</source>
      <translation>Card type</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>SAM id</source>
      <translation>SAM id</translation>
    </message>
    <message>
      <source>Code scanned</source>
      <translation>Code scanned</translation>
    </message>
    <message>
      <source>Characters</source>
      <translation>Characters</translation>
    </message>
    <message>
      <source>Shaped like an e-card code</source>
      <translation>Shaped like an e-card code</translation>
    </message>
    <message>
      <source>Test receipt printed</source>
      <translation>Test receipt printed</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>Bytes sent</source>
      <translation>Bytes sent</translation>
    </message>
    <message>
      <source>Status after printing</source>
      <translation>Status after printing</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>Space</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Technician mode</source>
      <translation>Technician mode</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Enrolment</source>
      <translation>Enrolment</translation>
    </message>
    <message>
      <source>Network check</source>
      <translation>Network check</translation>
    </message>
    <message>
      <source>Queue and sync</source>
      <translation>Queue and sync</translation>
    </message>
    <message>
      <source>Software update</source>
      <translation>Software update</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Log</translation>
    </message>
    <message>
      <source>Back to the kiosk</source>
      <translation>Back to the kiosk</translation>
    </message>
    <message>
      <source>Restart the kiosk app</source>
      <translation>Restart the kiosk app</translation>
    </message>
    <message>
      <source>Exit to maintenance</source>
      <translation>Exit to maintenance</translation>
    </message>
    <message>
      <source>Working… please wait.</source>
      <translation>Working… please wait.</translation>
    </message>
    <message>
      <source>Unexpected error: {kind}. See the log.</source>
      <translation>Unexpected error: {kind}. See the log.</translation>
    </message>
    <message>
      <source>Technician PIN</source>
      <translation>Technician PIN</translation>
    </message>
    <message>
      <source>Enter the technician PIN. Every try is recorded.</source>
      <translation>Enter the technician PIN. Every try is recorded.</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <source>Too many wrong PINs. Technician mode is locked for:</source>
      <translation>Too many wrong PINs. Technician mode is locked for:</translation>
    </message>
    <message>
      <source>You may try again.</source>
      <translation>You may try again.</translation>
    </message>
    <message>
      <source>Wrong PIN. Tries left before a lockout: {count}</source>
      <translation>Wrong PIN. Tries left before a lockout: {count}</translation>
    </message>
    <message>
      <source>No technician PIN is set on this kiosk. Set one in a shell with: kiosk technician set-pin</source>
      <translation>No technician PIN is set on this kiosk. Set one in a shell with: kiosk technician set-pin</translation>
    </message>
    <message>
      <source>Run the check</source>
      <translation>Run the check</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <source>Audit log alarm: the agency's records changed after this kiosk saw them.</source>
      <translation>Audit log alarm: the agency's records changed after this kiosk saw them.</translation>
    </message>
    <message>
      <source>waiting to be sent</source>
      <translation>waiting to be sent</translation>
    </message>
    <message>
      <source>being sent</source>
      <translation>being sent</translation>
    </message>
    <message>
      <source>received by the agency</source>
      <translation>received by the agency</translation>
    </message>
    <message>
      <source>refused by the agency</source>
      <translation>refused by the agency</translation>
    </message>
    <message>
      <source>exported to USB</source>
      <translation>exported to USB</translation>
    </message>
    <message>
      <source>Kiosk log</source>
      <translation>Kiosk log</translation>
    </message>
    <message>
      <source>Technician log</source>
      <translation>Technician log</translation>
    </message>
    <message>
      <source>The last 200 lines, newest at the bottom. Personal data is hidden as [redacted].</source>
      <translation>The last 200 lines, newest at the bottom. Personal data is hidden as [redacted].</translation>
    </message>
    <message>
      <source>Something is wrong; see the first failed step.</source>
      <translation>Something is wrong; see the first failed step.</translation>
    </message>
    <message>
      <source>The agency can be reached.</source>
      <translation>The agency can be reached.</translation>
    </message>
    <message>
      <source>This kiosk has no queue attached.</source>
      <translation>This kiosk has no queue attached.</translation>
    </message>
    <message>
      <source>The agency could not be reached; the rest waits. Run the network check.</source>
      <translation>The agency could not be reached; the rest waits. Run the network check.</translation>
    </message>
    <message>
      <source>The log is empty.</source>
      <translation>The log is empty.</translation>
    </message>
    <message>
      <source>Server: {url}</source>
      <translation>Server: {url}</translation>
    </message>
    <message>
      <source>Queue near its limit: send field staff or fix the network.</source>
      <translation>Queue near its limit: send field staff or fix the network.</translation>
    </message>
    <message>
      <source>Heartbeats sent: {sent}, missed while offline: {missed}</source>
      <translation>Heartbeats sent: {sent}, missed while offline: {missed}</translation>
    </message>
    <message>
      <source>Sent: {acked} accepted, {rejected} refused.</source>
      <translation>Sent: {acked} accepted, {rejected} refused.</translation>
    </message>
    <message>
      <source>Oldest waiting item: {age}</source>
      <translation>Oldest waiting item: {age}</translation>
    </message>
    <message>
      <source>Agency reachable</source>
      <translation>Agency reachable</translation>
    </message>
    <message>
      <source>Agency not reachable</source>
      <translation>Agency not reachable</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>Check and save</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Undo changes</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>Restart now</translation>
    </message>
    <message>
      <source>Not saved. Please correct:</source>
      <translation>Not saved. Please correct:</translation>
    </message>
    <message>
      <source>Enrol this kiosk</source>
      <translation>Enrol this kiosk</translation>
    </message>
    <message>
      <source>Type the one-time code the agency issued for this kiosk id (kiosk server enroll-kiosk). The kiosk makes its own key; nothing secret is typed.</source>
      <translation>Type the one-time code the agency issued for this kiosk id (kiosk server enroll-kiosk). The kiosk makes its own key; nothing secret is typed.</translation>
    </message>
    <message>
      <source>Kiosk id</source>
      <translation>Kiosk id</translation>
    </message>
    <message>
      <source>Enrolment code</source>
      <translation>Enrolment code</translation>
    </message>
    <message>
      <source>Agency server URL</source>
      <translation>Agency server URL</translation>
    </message>
    <message>
      <source>Region code</source>
      <translation>Region code</translation>
    </message>
    <message>
      <source>Languages offered</source>
      <translation>Languages offered</translation>
    </message>
    <message>
      <source>Default language</source>
      <translation>Default language</translation>
    </message>
    <message>
      <source>Idle timeout (seconds)</source>
      <translation>Idle timeout (seconds)</translation>
    </message>
    <message>
      <source>Paper width (mm)</source>
      <translation>Paper width (mm)</translation>
    </message>
    <message>
      <source>Printer address</source>
      <translation>Printer address</translation>
    </message>
    <message>
      <source>Card reader name</source>
      <translation>Card reader name</translation>
    </message>
    <message>
      <source>PSAM reader name</source>
      <translation>PSAM reader name</translation>
    </message>
    <message>
      <source>ID reader port</source>
      <translation>ID reader port</translation>
    </message>
    <message>
      <source>ID reader baud rate</source>
      <translation>ID reader baud rate</translation>
    </message>
    <message>
      <source>Barcode scanner port</source>
      <translation>Barcode scanner port</translation>
    </message>
    <message>
      <source>Barcode scanner baud rate</source>
      <translation>Barcode scanner baud rate</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Nothing was changed.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>The code is 10 letters and digits like ABCDE-FGH23. Check what you typed.</source>
      <translation>The code is 10 letters and digits like ABCDE-FGH23. Check what you typed.</translation>
    </message>
    <message>
      <source>The code does not match this kiosk id. Check the code and the kiosk id.</source>
      <translation>The code does not match this kiosk id. Check the code and the kiosk id.</translation>
    </message>
    <message>
      <source>This code was voided. Ask the agency for a new one.</source>
      <translation>This code was voided. Ask the agency for a new one.</translation>
    </message>
    <message>
      <source>This code has expired. Ask the agency for a new one.</source>
      <translation>This code has expired. Ask the agency for a new one.</translation>
    </message>
    <message>
      <source>This code was already used. Ask the agency for a new one.</source>
      <translation>This code was already used. Ask the agency for a new one.</translation>
    </message>
    <message>
      <source>No code was issued for this kiosk id. Check the kiosk id.</source>
      <translation>No code was issued for this kiosk id. Check the kiosk id.</translation>
    </message>
    <message>
      <source>The agency server cannot be reached. Run the network check.</source>
      <translation>The agency server cannot be reached. Run the network check.</translation>
    </message>
    <message>
      <source>The answer did not come from the agency. Check the server URL. Nothing was changed.</source>
      <translation>The answer did not come from the agency. Check the server URL. Nothing was changed.</translation>
    </message>
    <message>
      <source>Not enrolled: {why}</source>
      <translation>Not enrolled: {why}</translation>
    </message>
    <message>
      <source>In use now: {keys}</source>
      <translation>In use now: {keys}</translation>
    </message>
    <message>
      <source>After a restart: {keys}</source>
      <translation>After a restart: {keys}</translation>
    </message>
    <message>
      <source>Enrolled as {id} (region {region}). Restart the kiosk app to use the new key.</source>
      <translation>Enrolled as {id} (region {region}). Restart the kiosk app to use the new key.</translation>
    </message>
    <message>
      <source>This kiosk trusts no update signer yet: it must be installed with the agency's update key (kiosk update trust).</source>
      <translation>This kiosk trusts no update signer yet: it must be installed with the agency's update key (kiosk update trust).</translation>
    </message>
    <message>
      <source>No update found there. Is the USB stick in and the address right?</source>
      <translation>No update found there. Is the USB stick in and the address right?</translation>
    </message>
    <message>
      <source>The update could not be read. Check the stick or the network.</source>
      <translation>The update could not be read. Check the stick or the network.</translation>
    </message>
    <message>
      <source>A file of the update was changed. Not installed: report it.</source>
      <translation>A file of the update was changed. Not installed: report it.</translation>
    </message>
    <message>
      <source>The update is not signed by the agency. Not installed: report it.</source>
      <translation>The update is not signed by the agency. Not installed: report it.</translation>
    </message>
    <message>
      <source>The update cannot be trusted. Not installed: report it.</source>
      <translation>The update cannot be trusted. Not installed: report it.</translation>
    </message>
    <message>
      <source>The update is too old (its signatures expired). Ask for a new one.</source>
      <translation>The update is too old (its signatures expired). Ask for a new one.</translation>
    </message>
    <message>
      <source>The update is older than one this kiosk already had. Not installed.</source>
      <translation>The update is older than one this kiosk already had. Not installed.</translation>
    </message>
    <message>
      <source>The new version failed its checks on this kiosk. Nothing changed.</source>
      <translation>The new version failed its checks on this kiosk. Nothing changed.</translation>
    </message>
    <message>
      <source>Another update is running. Wait and try again.</source>
      <translation>Another update is running. Wait and try again.</translation>
    </message>
    <message>
      <source>The app may not change its own software here (the hardened service). Update from a root shell: kiosk update apply, then restart the kiosk.</source>
      <translation>The app may not change its own software here (the hardened service). Update from a root shell: kiosk update apply, then restart the kiosk.</translation>
    </message>
    <message>
      <source>Check and install</source>
      <translation>Check and install</translation>
    </message>
    <message>
      <source>Installs the newest release signed by the agency, beside the running one. Queued applications are kept. Nothing changes if the update is not genuine.</source>
      <translation>Installs the newest release signed by the agency, beside the running one. Queued applications are kept. Nothing changes if the update is not genuine.</translation>
    </message>
    <message>
      <source>Update from (USB directory or agency address)</source>
      <translation>Update from (USB directory or agency address)</translation>
    </message>
    <message>
      <source>Not installed: {reason}</source>
      <translation>Not installed: {reason}</translation>
    </message>
    <message>
      <source>Version {version} is installed. Restart the kiosk app to use it.</source>
      <translation>Version {version} is installed. Restart the kiosk app to use it.</translation>
    </message>
    <message>
      <source>Already up to date ({version}).</source>
      <translation>Already up to date ({version}).</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <source>Changtong · technician mode</source>
      <translation>Changtong · technician mode</translation>
    </message>
    <message>
      <source>not configured</source>
      <translation>not configured</translation>
    </message>
    <message>
      <source>port not found (reader unplugged?)</source>
      <translation>port not found (reader unplugged?)</translation>
    </message>
    <message>
      <source>PC/SC service (pcscd) not running</source>
      <translation>PC/SC service (pcscd) not running</translation>
    </message>
    <message>
      <source>no card on the reader</source>
      <translation>no card on the reader</translation>
    </message>
    <message>
      <source>card removed during the read</source>
      <translation>card removed during the read</translation>
    </message>
    <message>
      <source>card does not answer</source>
      <translation>card does not answer</translation>
    </message>
    <message>
      <source>reader does not answer</source>
      <translation>reader does not answer</translation>
    </message>
    <message>
      <source>not a social security card</source>
      <translation>not a social security card</translation>
    </message>
    <message>
      <source>not a supported ID card</source>
      <translation>not a supported ID card</translation>
    </message>
    <message>
      <source>card expired</source>
      <translation>card expired</translation>
    </message>
    <message>
      <source>reader in use by another program</source>
      <translation>reader in use by another program</translation>
    </message>
    <message>
      <source>SAM self-test or authorisation failed</source>
      <translation>SAM self-test or authorisation failed</translation>
    </message>
    <message>
      <source>out of paper</source>
      <translation>out of paper</translation>
    </message>
    <message>
      <source>cover open</source>
      <translation>cover open</translation>
    </message>
    <message>
      <source>printer offline</source>
      <translation>printer offline</translation>
    </message>
    <message>
      <source>printer mechanical error</source>
      <translation>printer mechanical error</translation>
    </message>
    <message>
      <source>printer gives no valid status</source>
      <translation>printer gives no valid status</translation>
    </message>
    <message>
      <source>printer not connected</source>
      <translation>printer not connected</translation>
    </message>
    <message>
      <source>printer address not valid</source>
      <translation>printer address not valid</translation>
    </message>
    <message>
      <source>scanner port does not open</source>
      <translation>scanner port does not open</translation>
    </message>
    <message>
      <source>scanner fault</source>
      <translation>scanner fault</translation>
    </message>
    <message>
      <source>nothing was scanned in time</source>
      <translation>nothing was scanned in time</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>paper OK</source>
      <translation>paper OK</translation>
    </message>
    <message>
      <source>paper nearly used up</source>
      <translation>paper nearly used up</translation>
    </message>
    <message>
      <source>paper unknown</source>
      <translation>paper unknown</translation>
    </message>
    <message>
      <source>Name lookup (DNS)</source>
      <translation>Name lookup (DNS)</translation>
    </message>
    <message>
      <source>Connection (TCP)</source>
      <translation>Connection (TCP)</translation>
    </message>
    <message>
      <source>Secure connection (TLS)</source>
      <translation>Secure connection (TLS)</translation>
    </message>
    <message>
      <source>Server answers (/health)</source>
      <translation>Server answers (/health)</translation>
    </message>
    <message>
      <source>Signed request (kiosk key and clock)</source>
      <translation>Signed request (kiosk key and clock)</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>passed</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <source>resident ID card</source>
      <translation>resident ID card</translation>
    </message>
    <message>
      <source>residence permit for Hong Kong, Macao and Taiwan residents</source>
      <translation>residence permit for Hong Kong, Macao and Taiwan residents</translation>
    </message>
    <message>
      <source>foreigner's permanent residence card (2017)</source>
      <translation>foreigner's permanent residence card (2017)</translation>
    </message>
    <message>
      <source>foreigner's permanent residence card (2023)</source>
      <translation>foreigner's permanent residence card (2023)</translation>
    </message>
  </context>
</TS>
