<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>technician</name>
    <message>
      <source>port opens; a test scan shows that it reads</source>
      <translation>端口可打开；扫码测试可确认能否读码</translation>
    </message>
    <message>
      <source>port not found (scanner unplugged?)</source>
      <translation>未找到端口（扫码器未插好？）</translation>
    </message>
    <message>
      <source>Device status</source>
      <translation>设备状态</translation>
    </message>
    <message>
      <source>Detect devices</source>
      <translation>检测设备</translation>
    </message>
    <message>
      <source>Test the devices</source>
      <translation>测试设备（读卡、扫码、打印）</translation>
    </message>
    <message>
      <source>no suffix</source>
      <translation>无后缀</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>重新检查</translation>
    </message>
    <message>
      <source>Search again</source>
      <translation>重新搜索</translation>
    </message>
    <message>
      <source>Touch a button to use that device. The choice is saved at once.</source>
      <translation>点按按钮即选用该设备，选择立即保存。</translation>
    </message>
    <message>
      <source>Read social security card</source>
      <translation>读社保卡</translation>
    </message>
    <message>
      <source>Read ID card</source>
      <translation>读身份证</translation>
    </message>
    <message>
      <source>Test scan</source>
      <translation>扫码测试</translation>
    </message>
    <message>
      <source>Print a test receipt</source>
      <translation>打印测试回执</translation>
    </message>
    <message>
      <source>Social security card readers (PC/SC)</source>
      <translation>社保卡读卡器（PC/SC）</translation>
    </message>
    <message>
      <source>not used</source>
      <translation>未使用</translation>
    </message>
    <message>
      <source>ID card reader</source>
      <translation>身份证阅读器</translation>
    </message>
    <message>
      <source>Receipt printer</source>
      <translation>回执打印机</translation>
    </message>
    <message>
      <source>2D barcode scanner (e-card)</source>
      <translation>二维码扫码器（电子社保卡）</translation>
    </message>
    <message>
      <source>Card readers (PC/SC)</source>
      <translation>读卡器（PC/SC）</translation>
    </message>
    <message>
      <source>Serial ports</source>
      <translation>串口</translation>
    </message>
    <message>
      <source>not USB</source>
      <translation>非USB</translation>
    </message>
    <message>
      <source>A test scan shows how long the code was, never what it says.</source>
      <translation>扫码测试只显示码的长度，从不显示码的内容。</translation>
    </message>
    <message>
      <source>card present</source>
      <translation>有卡</translation>
    </message>
    <message>
      <source>no card</source>
      <translation>无卡</translation>
    </message>
    <message>
      <source>SAM: {state}</source>
      <translation>SAM模块：{state}</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>Use for cards</source>
      <translation>用作社保卡读卡器</translation>
    </message>
    <message>
      <source>Use as PSAM</source>
      <translation>用作PSAM卡座</translation>
    </message>
    <message>
      <source>no serial port found</source>
      <translation>未找到串口</translation>
    </message>
    <message>
      <source>Use for ID cards</source>
      <translation>用作身份证阅读器</translation>
    </message>
    <message>
      <source>Use for the scanner</source>
      <translation>用作扫码器</translation>
    </message>
    <message>
      <source>Use as printer</source>
      <translation>用作打印机</translation>
    </message>
    <message>
      <source>Saved. Restart the kiosk app to use it.</source>
      <translation>已保存。重启终端程序后生效。</translation>
    </message>
    <message>
      <source>Saved and in use.</source>
      <translation>已保存并立即生效。</translation>
    </message>
    <message>
      <source>Only masked values are shown. The card PIN is not checked, so no try is used.</source>
      <translation>只显示遮盖后的信息。不校验卡密码，不消耗密码次数。</translation>
    </message>
    <message>
      <source>Show a barcode to the scanner within {s} seconds.</source>
      <translation>请在 {s} 秒内将条码或二维码对准扫码器。</translation>
    </message>
    <message>
      <source>no reader</source>
      <translation>无读卡器</translation>
    </message>
    <message>
      <source>card reader</source>
      <translation>社保卡读卡器</translation>
    </message>
    <message>
      <source>PSAM slot</source>
      <translation>PSAM卡座</translation>
    </message>
    <message>
      <source>USB {id}</source>
      <translation>USB {id}</translation>
    </message>
    <message>
      <source>Social security card read</source>
      <translation>社保卡读取成功</translation>
    </message>
    <message>
      <source>Reader</source>
      <translation>读卡器</translation>
    </message>
    <message>
      <source>Card version</source>
      <translation>卡版本</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>发卡地区</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>卡号</translation>
    </message>
    <message>
      <source>Social security number</source>
      <translation>社会保障号码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Commands sent</source>
      <translation>发送指令数</translation>
    </message>
    <message>
      <source>online: {v}</source>
      <translation>联机：{v}</translation>
    </message>
    <message>
      <source>cover open: {v}</source>
      <translation>机盖打开：{v}</translation>
    </message>
    <message>
      <source>Test failed: {why}</source>
      <translation>测试失败：{why}</translation>
    </message>
    <message>
      <source>first reader with a card</source>
      <translation>第一个有卡的读卡器</translation>
    </message>
    <message>
      <source>ID card read</source>
      <translation>身份证读取成功</translation>
    </message>
    <message>
      <source>Card type</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>SAM id</source>
      <translation>SAM编号</translation>
    </message>
    <message>
      <source>Code scanned</source>
      <translation>已扫到码</translation>
    </message>
    <message>
      <source>Characters</source>
      <translation>字符数</translation>
    </message>
    <message>
      <source>Shaped like an e-card code</source>
      <translation>符合电子社保卡码格式</translation>
    </message>
    <message>
      <source>Test receipt printed</source>
      <translation>测试回执已打印</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>打印机</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>纸宽</translation>
    </message>
    <message>
      <source>Bytes sent</source>
      <translation>发送字节数</translation>
    </message>
    <message>
      <source>Status after printing</source>
      <translation>打印后状态</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>大小写</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>空格</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <source>Technician mode</source>
      <translation>技术维护模式</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Enrolment</source>
      <translation>终端注册</translation>
    </message>
    <message>
      <source>Network check</source>
      <translation>网络检查</translation>
    </message>
    <message>
      <source>Queue and sync</source>
      <translation>待发队列与同步</translation>
    </message>
    <message>
      <source>Software update</source>
      <translation>软件更新</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>日志</translation>
    </message>
    <message>
      <source>Back to the kiosk</source>
      <translation>返回终端</translation>
    </message>
    <message>
      <source>Restart the kiosk app</source>
      <translation>重启终端程序</translation>
    </message>
    <message>
      <source>Exit to maintenance</source>
      <translation>退出到维护状态</translation>
    </message>
    <message>
      <source>Working… please wait.</source>
      <translation>正在处理，请稍候……</translation>
    </message>
    <message>
      <source>Unexpected error: {kind}. See the log.</source>
      <translation>意外错误：{kind}。请查看日志。</translation>
    </message>
    <message>
      <source>Technician PIN</source>
      <translation>技术维护密码</translation>
    </message>
    <message>
      <source>Enter the technician PIN. Every try is recorded.</source>
      <translation>请输入技术维护密码。每次尝试都会被记录。</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Too many wrong PINs. Technician mode is locked for:</source>
      <translation>密码错误次数过多。技术维护模式锁定剩余时间：</translation>
    </message>
    <message>
      <source>You may try again.</source>
      <translation>现在可以再试。</translation>
    </message>
    <message>
      <source>Wrong PIN. Tries left before a lockout: {count}</source>
      <translation>密码错误。距锁定还可尝试：{count} 次</translation>
    </message>
    <message>
      <source>No technician PIN is set on this kiosk. Set one in a shell with: kiosk technician set-pin</source>
      <translation>本终端尚未设置技术维护密码。请在命令行执行：kiosk technician set-pin</translation>
    </message>
    <message>
      <source>Run the check</source>
      <translation>开始检查</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <source>Audit log alarm: the agency's records changed after this kiosk saw them.</source>
      <translation>审计日志告警：经办机构的记录在本终端见证之后被改动。</translation>
    </message>
    <message>
      <source>waiting to be sent</source>
      <translation>等待发送</translation>
    </message>
    <message>
      <source>being sent</source>
      <translation>正在发送</translation>
    </message>
    <message>
      <source>received by the agency</source>
      <translation>经办机构已接收</translation>
    </message>
    <message>
      <source>refused by the agency</source>
      <translation>经办机构已拒收</translation>
    </message>
    <message>
      <source>exported to USB</source>
      <translation>已导出到U盘</translation>
    </message>
    <message>
      <source>Kiosk log</source>
      <translation>终端日志</translation>
    </message>
    <message>
      <source>Technician log</source>
      <translation>维护操作日志</translation>
    </message>
    <message>
      <source>The last 200 lines, newest at the bottom. Personal data is hidden as [redacted].</source>
      <translation>最近200行，最新的在最下面。个人信息显示为 [redacted]。</translation>
    </message>
    <message>
      <source>Something is wrong; see the first failed step.</source>
      <translation>存在故障，请看第一个失败的步骤。</translation>
    </message>
    <message>
      <source>The agency can be reached.</source>
      <translation>可以连接经办机构。</translation>
    </message>
    <message>
      <source>This kiosk has no queue attached.</source>
      <translation>本终端未接入待发队列。</translation>
    </message>
    <message>
      <source>The agency could not be reached; the rest waits. Run the network check.</source>
      <translation>无法连接经办机构，其余的继续等待。请做网络检查。</translation>
    </message>
    <message>
      <source>The log is empty.</source>
      <translation>日志为空。</translation>
    </message>
    <message>
      <source>Server: {url}</source>
      <translation>服务器：{url}</translation>
    </message>
    <message>
      <source>Queue near its limit: send field staff or fix the network.</source>
      <translation>队列接近上限：请派外勤人员导出或修复网络。</translation>
    </message>
    <message>
      <source>Heartbeats sent: {sent}, missed while offline: {missed}</source>
      <translation>已发送心跳：{sent} 次，离线期间漏发：{missed} 次</translation>
    </message>
    <message>
      <source>Sent: {acked} accepted, {rejected} refused.</source>
      <translation>已发送：接收 {acked} 件，拒收 {rejected} 件。</translation>
    </message>
    <message>
      <source>Oldest waiting item: {age}</source>
      <translation>最早一件已等待：{age}</translation>
    </message>
    <message>
      <source>Agency reachable</source>
      <translation>经办机构可连接</translation>
    </message>
    <message>
      <source>Agency not reachable</source>
      <translation>经办机构无法连接</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h}小时{m}分钟</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>检查并保存</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>撤销修改</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>立即重启</translation>
    </message>
    <message>
      <source>Not saved. Please correct:</source>
      <translation>未保存，请更正：</translation>
    </message>
    <message>
      <source>Enrol this kiosk</source>
      <translation>注册本终端</translation>
    </message>
    <message>
      <source>Type the one-time code the agency issued for this kiosk id (kiosk server enroll-kiosk). The kiosk makes its own key; nothing secret is typed.</source>
      <translation>请输入经办机构为本终端编号签发的一次性注册码（kiosk server enroll-kiosk）。终端自行生成密钥，无需输入任何秘密信息。</translation>
    </message>
    <message>
      <source>Kiosk id</source>
      <translation>终端编号</translation>
    </message>
    <message>
      <source>Enrolment code</source>
      <translation>注册码</translation>
    </message>
    <message>
      <source>Agency server URL</source>
      <translation>经办机构服务器地址</translation>
    </message>
    <message>
      <source>Region code</source>
      <translation>地区代码</translation>
    </message>
    <message>
      <source>Languages offered</source>
      <translation>提供的语言</translation>
    </message>
    <message>
      <source>Default language</source>
      <translation>默认语言</translation>
    </message>
    <message>
      <source>Idle timeout (seconds)</source>
      <translation>无操作超时（秒）</translation>
    </message>
    <message>
      <source>Paper width (mm)</source>
      <translation>纸宽（毫米）</translation>
    </message>
    <message>
      <source>Printer address</source>
      <translation>打印机地址</translation>
    </message>
    <message>
      <source>Card reader name</source>
      <translation>读卡器名称</translation>
    </message>
    <message>
      <source>PSAM reader name</source>
      <translation>PSAM卡座名称</translation>
    </message>
    <message>
      <source>ID reader port</source>
      <translation>身份证阅读器端口</translation>
    </message>
    <message>
      <source>ID reader baud rate</source>
      <translation>身份证阅读器波特率</translation>
    </message>
    <message>
      <source>Barcode scanner port</source>
      <translation>扫码器端口</translation>
    </message>
    <message>
      <source>Barcode scanner baud rate</source>
      <translation>扫码器波特率</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>没有修改。</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>The code is 10 letters and digits like ABCDE-FGH23. Check what you typed.</source>
      <translation>注册码为10位字母和数字，如 ABCDE-FGH23。请检查输入。</translation>
    </message>
    <message>
      <source>The code does not match this kiosk id. Check the code and the kiosk id.</source>
      <translation>注册码与本终端编号不符。请核对注册码和终端编号。</translation>
    </message>
    <message>
      <source>This code was voided. Ask the agency for a new one.</source>
      <translation>该注册码已作废。请向经办机构申请新码。</translation>
    </message>
    <message>
      <source>This code has expired. Ask the agency for a new one.</source>
      <translation>该注册码已过期。请向经办机构申请新码。</translation>
    </message>
    <message>
      <source>This code was already used. Ask the agency for a new one.</source>
      <translation>该注册码已使用。请向经办机构申请新码。</translation>
    </message>
    <message>
      <source>No code was issued for this kiosk id. Check the kiosk id.</source>
      <translation>没有为该终端编号签发过注册码。请核对终端编号。</translation>
    </message>
    <message>
      <source>The agency server cannot be reached. Run the network check.</source>
      <translation>无法连接经办机构服务器。请做网络检查。</translation>
    </message>
    <message>
      <source>The answer did not come from the agency. Check the server URL. Nothing was changed.</source>
      <translation>应答并非来自经办机构。请检查服务器地址。未做任何修改。</translation>
    </message>
    <message>
      <source>Not enrolled: {why}</source>
      <translation>注册未成功：{why}</translation>
    </message>
    <message>
      <source>In use now: {keys}</source>
      <translation>立即生效：{keys}</translation>
    </message>
    <message>
      <source>After a restart: {keys}</source>
      <translation>重启后生效：{keys}</translation>
    </message>
    <message>
      <source>Enrolled as {id} (region {region}). Restart the kiosk app to use the new key.</source>
      <translation>已注册为 {id}（地区 {region}）。重启终端程序后启用新密钥。</translation>
    </message>
    <message>
      <source>This kiosk trusts no update signer yet: it must be installed with the agency's update key (kiosk update trust).</source>
      <translation>本机尚未信任任何更新签名方：安装时须导入经办机构的更新密钥（kiosk update trust）。</translation>
    </message>
    <message>
      <source>No update found there. Is the USB stick in and the address right?</source>
      <translation>该处没有找到更新。U盘是否已插好、地址是否正确？</translation>
    </message>
    <message>
      <source>The update could not be read. Check the stick or the network.</source>
      <translation>无法读取更新。请检查U盘或网络。</translation>
    </message>
    <message>
      <source>A file of the update was changed. Not installed: report it.</source>
      <translation>更新中的文件被改动过。未安装，请上报。</translation>
    </message>
    <message>
      <source>The update is not signed by the agency. Not installed: report it.</source>
      <translation>该更新不是经办机构签名的。未安装，请上报。</translation>
    </message>
    <message>
      <source>The update cannot be trusted. Not installed: report it.</source>
      <translation>该更新不可信。未安装，请上报。</translation>
    </message>
    <message>
      <source>The update is too old (its signatures expired). Ask for a new one.</source>
      <translation>该更新已过期（签名失效），请索取新的更新。</translation>
    </message>
    <message>
      <source>The update is older than one this kiosk already had. Not installed.</source>
      <translation>该更新比本机已有的更旧。未安装。</translation>
    </message>
    <message>
      <source>The new version failed its checks on this kiosk. Nothing changed.</source>
      <translation>新版本在本机未通过检查。没有任何改动。</translation>
    </message>
    <message>
      <source>Another update is running. Wait and try again.</source>
      <translation>另一个更新正在进行，请稍后再试。</translation>
    </message>
    <message>
      <source>The app may not change its own software here (the hardened service). Update from a root shell: kiosk update apply, then restart the kiosk.</source>
      <translation>本机的安全加固服务不允许程序更改自身软件。请在 root 命令行执行 kiosk update apply，然后重启自助终端。</translation>
    </message>
    <message>
      <source>Check and install</source>
      <translation>检查并安装</translation>
    </message>
    <message>
      <source>Installs the newest release signed by the agency, beside the running one. Queued applications are kept. Nothing changes if the update is not genuine.</source>
      <translation>在当前版本旁安装经办机构签名的最新版本。排队中的申请会保留。更新不真实时不做任何改动。</translation>
    </message>
    <message>
      <source>Update from (USB directory or agency address)</source>
      <translation>更新来源（U盘目录或经办机构地址）</translation>
    </message>
    <message>
      <source>Not installed: {reason}</source>
      <translation>未安装：{reason}</translation>
    </message>
    <message>
      <source>Version {version} is installed. Restart the kiosk app to use it.</source>
      <translation>版本 {version} 已安装。重启自助终端程序后生效。</translation>
    </message>
    <message>
      <source>Already up to date ({version}).</source>
      <translation>已是最新版本（{version}）。</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>菜单</translation>
    </message>
    <message>
      <source>Changtong · technician mode</source>
      <translation>畅通 · 技术维护模式</translation>
    </message>
    <message>
      <source>not configured</source>
      <translation>未配置</translation>
    </message>
    <message>
      <source>port not found (reader unplugged?)</source>
      <translation>找不到端口（阅读器未连接？）</translation>
    </message>
    <message>
      <source>PC/SC service (pcscd) not running</source>
      <translation>PC/SC服务（pcscd）未运行</translation>
    </message>
    <message>
      <source>no card on the reader</source>
      <translation>读卡器上无卡</translation>
    </message>
    <message>
      <source>card removed during the read</source>
      <translation>读卡过程中卡被拔出</translation>
    </message>
    <message>
      <source>card does not answer</source>
      <translation>卡无应答</translation>
    </message>
    <message>
      <source>reader does not answer</source>
      <translation>阅读器无应答</translation>
    </message>
    <message>
      <source>not a social security card</source>
      <translation>不是社保卡</translation>
    </message>
    <message>
      <source>not a supported ID card</source>
      <translation>不是支持的身份证件</translation>
    </message>
    <message>
      <source>card expired</source>
      <translation>卡已过期</translation>
    </message>
    <message>
      <source>reader in use by another program</source>
      <translation>读卡器被其他程序占用</translation>
    </message>
    <message>
      <source>SAM self-test or authorisation failed</source>
      <translation>SAM模块自检或授权失败</translation>
    </message>
    <message>
      <source>out of paper</source>
      <translation>缺纸</translation>
    </message>
    <message>
      <source>cover open</source>
      <translation>机盖打开</translation>
    </message>
    <message>
      <source>printer offline</source>
      <translation>打印机脱机</translation>
    </message>
    <message>
      <source>printer mechanical error</source>
      <translation>打印机机械故障</translation>
    </message>
    <message>
      <source>printer gives no valid status</source>
      <translation>打印机无有效状态应答</translation>
    </message>
    <message>
      <source>printer not connected</source>
      <translation>打印机未连接</translation>
    </message>
    <message>
      <source>printer address not valid</source>
      <translation>打印机地址无效</translation>
    </message>
    <message>
      <source>scanner port does not open</source>
      <translation>扫码器端口无法打开</translation>
    </message>
    <message>
      <source>scanner fault</source>
      <translation>扫码器故障</translation>
    </message>
    <message>
      <source>nothing was scanned in time</source>
      <translation>规定时间内未扫到码</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>paper OK</source>
      <translation>纸张正常</translation>
    </message>
    <message>
      <source>paper nearly used up</source>
      <translation>纸将用尽</translation>
    </message>
    <message>
      <source>paper unknown</source>
      <translation>纸张状态未知</translation>
    </message>
    <message>
      <source>Name lookup (DNS)</source>
      <translation>域名解析（DNS）</translation>
    </message>
    <message>
      <source>Connection (TCP)</source>
      <translation>建立连接（TCP）</translation>
    </message>
    <message>
      <source>Secure connection (TLS)</source>
      <translation>安全连接（TLS）</translation>
    </message>
    <message>
      <source>Server answers (/health)</source>
      <translation>服务器应答（/health）</translation>
    </message>
    <message>
      <source>Signed request (kiosk key and clock)</source>
      <translation>签名请求（终端密钥与时钟）</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>跳过</translation>
    </message>
    <message>
      <source>resident ID card</source>
      <translation>居民身份证</translation>
    </message>
    <message>
      <source>residence permit for Hong Kong, Macao and Taiwan residents</source>
      <translation>港澳台居民居住证</translation>
    </message>
    <message>
      <source>foreigner's permanent residence card (2017)</source>
      <translation>外国人永久居留身份证（2017版）</translation>
    </message>
    <message>
      <source>foreigner's permanent residence card (2023)</source>
      <translation>外国人永久居留身份证（2023版）</translation>
    </message>
  </context>
</TS>
