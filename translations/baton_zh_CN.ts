<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NoteTemplate</name>
    <message>
        <source>Technical issue</source>
        <translation>技术问题</translation>
    </message>
    <message>
        <source>Customer reports: 
Device / version: 
Error shown: </source>
        <translation>客户反馈：
设备/版本：
错误提示：</translation>
    </message>
    <message>
        <source>Already tried: </source>
        <translation>已尝试：</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint about: 
What the customer asks for: </source>
        <translation>投诉内容：
客户诉求：</translation>
    </message>
    <message>
        <source>Apologised; offered: </source>
        <translation>已致歉；已提供：</translation>
    </message>
    <message>
        <source>Mood: </source>
        <translation>情绪：</translation>
    </message>
    <message>
        <source>Reply within 3 minutes.</source>
        <translation>请在 3 分钟内回复。</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <source>Request: </source>
        <translation>需求：</translation>
    </message>
    <message>
        <source>Done so far: </source>
        <translation>已处理：</translation>
    </message>
    <message>
        <source>Dedicated service expected; do not ask again what is already known.</source>
        <translation>客户期待专属服务，已知信息请勿重复询问。</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Order number: 
Issue (return / exchange / repair / warranty): </source>
        <translation>订单号：
问题（退货/换货/维修/保修）：</translation>
    </message>
    <message>
        <source>Order verified: 
Photos received: </source>
        <translation>订单已核实：
已收到照片：</translation>
    </message>
    <message>
        <source>VIP level %1</source>
        <translation>VIP %1 级</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Baton</source>
        <translation>接力 Baton</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>With the robot</source>
        <translation>机器人接待中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Pre-sales</source>
        <translation>售前</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>VIP service</source>
        <translation>VIP 服务</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主技能</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>次技能</translation>
    </message>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Green channel: fraud</source>
        <translation>绿色通道：诈骗</translation>
    </message>
    <message>
        <source>Green channel: account frozen</source>
        <translation>绿色通道：账户冻结</translation>
    </message>
    <message>
        <source>Green channel: minor&apos;s refund</source>
        <translation>绿色通道：未成年人退款</translation>
    </message>
    <message>
        <source>Green channel: account stolen</source>
        <translation>绿色通道：账号被盗</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Robot could not help</source>
        <translation>机器人未能解决</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>主动要求人工</translation>
    </message>
    <message>
        <source>Takes general questions</source>
        <translation>可接待通用问题</translation>
    </message>
    <message>
        <source>%1 skill (%2)</source>
        <translation>%1技能（%2）</translation>
    </message>
    <message>
        <source>Expert in %1</source>
        <translation>擅长 %1</translation>
    </message>
    <message>
        <source>Load %1/%2</source>
        <translation>负载 %1/%2</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>Resolves %1%</source>
        <translation>解决率 %1%</translation>
    </message>
    <message>
        <source>Senior (level %1) for an urgent chat</source>
        <translation>资深（%1 级），适合紧急会话</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>This transfer has timed out and can no longer be accepted.</source>
        <translation>这次转接已超时，无法接受。</translation>
    </message>
    <message>
        <source>This transfer has already timed out.</source>
        <translation>这次转接已超时。</translation>
    </message>
    <message>
        <source>The colleague withdrew this transfer; it can no longer be accepted.</source>
        <translation>同事已撤回这次转接，无法接受。</translation>
    </message>
    <message>
        <source>This transfer was already withdrawn.</source>
        <translation>这次转接已被撤回。</translation>
    </message>
    <message>
        <source>This transfer has already been accepted.</source>
        <translation>这次转接已被接受。</translation>
    </message>
    <message>
        <source>This transfer has already been rejected.</source>
        <translation>这次转接已被拒绝。</translation>
    </message>
    <message>
        <source>This transfer has already ended.</source>
        <translation>这次转接已结束。</translation>
    </message>
    <message>
        <source>Not connected to the engine. Try again once the status bar says Connected.</source>
        <translation>未连接到路由引擎。请在状态栏显示“已连接”后重试。</translation>
    </message>
    <message>
        <source>The connection dropped before the engine answered. Check the result once reconnected, then try again.</source>
        <translation>引擎答复前连接已断开。重新连接后请先确认结果，再重试。</translation>
    </message>
    <message>
        <source>The engine did not answer in time. Try again.</source>
        <translation>引擎未及时答复，请重试。</translation>
    </message>
    <message>
        <source>A transfer of this conversation is already waiting for an answer.</source>
        <translation>此会话已有一个转接请求在等待响应。</translation>
    </message>
    <message>
        <source>A transfer of this conversation is pending; cancel it before closing.</source>
        <translation>此会话有待处理的转接，请先取消再结束会话。</translation>
    </message>
    <message>
        <source>Someone changed this in the meantime. Look again and decide.</source>
        <translation>其他人刚刚修改了这里，请查看后再决定。</translation>
    </message>
    <message>
        <source>This transfer no longer exists.</source>
        <translation>这次转接已不存在。</translation>
    </message>
    <message>
        <source>This conversation is no longer open.</source>
        <translation>此会话已不再进行中。</translation>
    </message>
    <message>
        <source>Your transfer rights do not allow this target (department or level). Ask your team lead.</source>
        <translation>您的转接权限不允许转给此同事（部门或级别限制），请联系组长。</translation>
    </message>
    <message>
        <source>This transfer is not yours to answer.</source>
        <translation>这次转接不是发给您的。</translation>
    </message>
    <message>
        <source>You are not allowed to do this here.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>This colleague cannot take it now (not online, full, or already declined). Pick another.</source>
        <translation>该同事现在无法接手（不在线、已满或已拒绝过），请选择其他人。</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>请求过于频繁，请稍后重试。</translation>
    </message>
    <message>
        <source>The engine did not accept what was entered. Check the fields.</source>
        <translation>引擎不接受输入的内容，请检查各项填写。</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again.</source>
        <translation>您已退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>The engine could not save this; nothing was changed. Try again later.</source>
        <translation>引擎未能保存，未做任何更改，请稍后重试。</translation>
    </message>
    <message>
        <source>The engine refused the request (%1).</source>
        <translation>引擎拒绝了此请求（%1）。</translation>
    </message>
    <message>
        <source>This engine speaks another protocol version. Update Baton (or the engine) so both match, or connect to another engine.</source>
        <translation>该引擎使用不同的协议版本。请升级接力 Baton（或引擎）使两者一致，或连接其他引擎。</translation>
    </message>
    <message>
        <source>Wrong user name or password. Use Connect… to sign in again.</source>
        <translation>用户名或密码错误。请通过“连接…”重新登录。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>登录尝试过多，请一分钟后重试。</translation>
    </message>
</context>
<context>
    <name>baton::AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <translation>指派 %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2，%3/%4</translation>
    </message>
    <message>
        <source>What the agent should know (optional)</source>
        <translation>需要客服知道的情况（可选）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>baton::CandidateDelegate</name>
    <message>
        <source>%1 · level %2 · %3</source>
        <translation>%1 · %2 级 · %3</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可接待：%1</translation>
    </message>
</context>
<context>
    <name>baton::ChainDelegate</name>
    <message>
        <source>Routed to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>Reassigned: %1 → %2</source>
        <translation>改派：%1 → %2</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>已离线</translation>
    </message>
</context>
<context>
    <name>baton::ChatView</name>
    <message>
        <source>Transfer… (Ctrl+T)</source>
        <translation>转接…（Ctrl+T）</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>发给客户的消息</translation>
    </message>
    <message>
        <source>Write to the customer — Ctrl+Enter sends</source>
        <translation>输入回复，Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Hello, how can I help you?</source>
        <translation>您好，请问有什么可以帮您？</translation>
    </message>
    <message>
        <source>One moment please, I am checking for you.</source>
        <translation>请稍等，正在为您查询。</translation>
    </message>
    <message>
        <source>Is there anything else I can do for you?</source>
        <translation>请问还有其他可以帮您的吗？</translation>
    </message>
    <message>
        <source>Thank you for waiting.</source>
        <translation>感谢您的耐心等待。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>Pick one on the left, or wait for the next customer.</source>
        <translation>请在左侧选择会话，或等待下一位客户。</translation>
    </message>
    <message>
        <source>A colleague offers you this conversation. Open the offer to accept or reject it.</source>
        <translation>同事请求将此会话转接给您。打开转接请求以接受或拒绝。</translation>
    </message>
    <message>
        <source>This conversation is closed. It is kept here as read-only history.</source>
        <translation>此会话已结束，仅作为只读记录保留。</translation>
    </message>
    <message>
        <source>This conversation was transferred to a colleague. It is kept here as read-only history.</source>
        <translation>此会话已转接给同事，仅作为只读记录保留。</translation>
    </message>
</context>
<context>
    <name>baton::ConnectDialog</name>
    <message>
        <source>Connect to an engine</source>
        <translation>连接路由引擎</translation>
    </message>
    <message>
        <source>&amp;Embedded engine on this computer (demo team)</source>
        <translation>本机内置引擎（演示团队）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remote engine</source>
        <translation>远程引擎(&amp;R)</translation>
    </message>
    <message>
        <source>Engine URL</source>
        <translation>引擎地址</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember the password (system keychain)</source>
        <translation>记住密码（系统钥匙串）</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>地址(&amp;U)</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>用户名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss:// and name a host, e.g. ws://10.0.0.5:8700/agent.</source>
        <translation>地址须以 ws:// 或 wss:// 开头并包含主机名，例如 ws://10.0.0.5:8700/agent。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>baton::ConversationDelegate</name>
    <message>
        <source>waiting %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source>Incoming transfer</source>
        <translation>转入请求</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>转接中…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Missed transfer</source>
        <translation>错过的转接</translation>
    </message>
    <message>
        <source>from %1 · %2</source>
        <translation>来自 %1 · %2</translation>
    </message>
</context>
<context>
    <name>baton::ConversationListModel</name>
    <message>
        <source>VIP level %1</source>
        <translation>VIP %1 级</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>incoming transfer</source>
        <translation>转入请求</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>transfer waiting for an answer</source>
        <translation>转接等待响应中</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>missed transfer</source>
        <translation>错过的转接</translation>
    </message>
</context>
<context>
    <name>baton::CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>接入原因</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>转接链路</translation>
    </message>
    <message>
        <source>VIP level %1</source>
        <translation>VIP %1 级</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通客户</translation>
    </message>
</context>
<context>
    <name>baton::HistoryView</name>
    <message>
        <source>Conversation history</source>
        <translation>会话记录</translation>
    </message>
</context>
<context>
    <name>baton::IncomingTransferDialog</name>
    <message>
        <source>Incoming transfer — %1</source>
        <translation>转接请求 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) asks you to take over &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）请您接手 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transfer note</source>
        <translation>转接备注</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>处理进展</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>VIP level %1</source>
        <translation>VIP %1 级</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>接入原因</translation>
    </message>
    <message>
        <source>Reason for rejecting (optional)</source>
        <translation>拒绝原因（可选）</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>The colleague withdrew the transfer.</source>
        <translation>同事已撤回转接请求。</translation>
    </message>
    <message>
        <source>The time to answer ran out; the offer went back.</source>
        <translation>响应时间已到，转接请求已失效。</translation>
    </message>
</context>
<context>
    <name>baton::MainWindow</name>
    <message>
        <source>Baton — agent workstation</source>
        <translation>接力 Baton — 客服工作台</translation>
    </message>
    <message>
        <source>Preview (Ctrl+Shift+O)</source>
        <translation>预览（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话列表</translation>
    </message>
    <message>
        <source>Not delivered: “%1” — %2</source>
        <translation>未送达：“%1” — %2</translation>
    </message>
    <message>
        <source>The transfer was not started: %1</source>
        <translation>转接未发起：%1</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open incoming transfer</source>
        <translation>打开转接请求(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>下一个会话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>上一个会话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close conversation</source>
        <translation>结束会话(&amp;C)</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Close this conversation as resolved?</source>
        <translation>将此会话标记为已解决并结束？</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>未能结束：%1</translation>
    </message>
    <message>
        <source>&amp;Baton</source>
        <translation>接力(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>我的状态</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>已连接 %1（%2）</translation>
    </message>
    <message>
        <source>Catching up with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Offline — showing cached conversations; messages wait in the outbox</source>
        <translation>离线 — 显示本地缓存的会话；消息暂存发件箱</translation>
    </message>
    <message>
        <source>Load %1/%2</source>
        <translation>负载 %1/%2</translation>
    </message>
    <message>
        <source>Select one of your open conversations to transfer it.</source>
        <translation>请选择一个您正在处理的会话再转接。</translation>
    </message>
    <message>
        <source>A transfer of this conversation is already waiting for an answer.</source>
        <translation>此会话已有一个转接请求在等待响应。</translation>
    </message>
    <message>
        <source>Accepted %1 from %2 automatically (your auto-accept rule).</source>
        <translation>已按自动接受规则接手 %2 转来的 %1。</translation>
    </message>
    <message>
        <source>%1 offers you %2: %3</source>
        <translation>%1 请您接手 %2：%3</translation>
    </message>
    <message>
        <source>Incoming transfer</source>
        <translation>转入请求</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No transfer is waiting for your answer.</source>
        <translation>没有等待您响应的转接。</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>登录被拒绝。</translation>
    </message>
    <message>
        <source>This transfer has ended and can no longer be accepted.</source>
        <translation>这次转接已结束，无法再接受。</translation>
    </message>
    <message>
        <source>%1 withdrew the transfer of %2 before you answered.</source>
        <translation>%1 在您响应前撤回了 %2 的转接。</translation>
    </message>
    <message>
        <source>Missed transfer: %1 offered you %2; it ended unanswered at %3.</source>
        <translation>错过的转接：%1 请您接手 %2，已于 %3 超时未响应。</translation>
    </message>
</context>
<context>
    <name>baton::MessageDelegate</name>
    <message>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>发送中…</translation>
    </message>
</context>
<context>
    <name>baton::Notifier</name>
    <message>
        <source>Baton</source>
        <translation>接力 Baton</translation>
    </message>
</context>
<context>
    <name>baton::QueueStatsModel</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>General</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation>溢出</translation>
    </message>
</context>
<context>
    <name>baton::QueueTileDelegate</name>
    <message>
        <source>longest %1</source>
        <translation>最长 %1</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>无人排队</translation>
    </message>
    <message>
        <source>target ≤ %1</source>
        <translation>目标 ≤ %1</translation>
    </message>
    <message>
        <source>today %1% ≤ %2</source>
        <translation>今日 %1% ≤ %2</translation>
    </message>
</context>
<context>
    <name>baton::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Incoming transfers</source>
        <translation>转入请求</translation>
    </message>
    <message>
        <source>Desktop notification (tray)</source>
        <translation>桌面通知（系统托盘）</translation>
    </message>
    <message>
        <source>Notice in the window</source>
        <translation>窗口内提示</translation>
    </message>
    <message>
        <source>No notification</source>
        <translation>不通知</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <source>&amp;Notification</source>
        <translation>通知方式(&amp;N)</translation>
    </message>
    <message>
        <source>Auto-accept</source>
        <translation>自动接受</translation>
    </message>
    <message>
        <source>Accept offers without asking when all conditions below hold</source>
        <translation>满足以下全部条件时自动接受转接</translation>
    </message>
    <message>
        <source>The offer comes from my own department</source>
        <translation>来自本部门的转接</translation>
    </message>
    <message>
        <source>any load</source>
        <translation>不限负载</translation>
    </message>
    <message>
        <source>Only while my open conversations are fewer than</source>
        <translation>仅当我的进行中会话少于</translation>
    </message>
    <message>
        <source>While my load is under</source>
        <translation>负载低于</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>My skill tags</source>
        <translation>我的技能标签</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>My skill &amp;tags</source>
        <translation>我的技能标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The engine refused the tags: %1</source>
        <translation>引擎拒绝了这些标签：%1</translation>
    </message>
    <message>
        <source>e.g. refunds, logistics, payment failures</source>
        <translation>例如：退款, 物流, 支付失败</translation>
    </message>
</context>
<context>
    <name>baton::StaffingPanel</name>
    <message>
        <source>agents</source>
        <translation>客服人数</translation>
    </message>
    <message>
        <source>wait (s)</source>
        <translation>等待（秒）</translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n customer(s); typical handling %1.</source>
        <translation>
            <numerusform>近一小时进线 %n 位客户；通常处理时长 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too little traffic to size the team.</source>
        <translation>进线太少，暂无法测算人手。</translation>
    </message>
    <message numerus="yes">
        <source>For %1% answered within %2 s you need %n agent(s).</source>
        <translation>
            <numerusform>要让 %1% 的客户在 %2 秒内接通，需要 %n 名客服。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n on duty the queue keeps growing.</source>
        <translation>
            <numerusform>按当前 %n 人在岗，排队会越来越长。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n on duty customers wait %1 on average.</source>
        <translation>
            <numerusform>按当前 %n 人在岗，客户平均等待 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::TeamAgentModel</name>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>待接转接</translation>
    </message>
</context>
<context>
    <name>baton::TeamCellDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>baton::TeamView</name>
    <message>
        <source>Set away</source>
        <translation>设为离开</translation>
    </message>
    <message>
        <source>Set online</source>
        <translation>设为在线</translation>
    </message>
    <message>
        <source>Assign to agent…</source>
        <translation>指派给客服…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Waiting customers</source>
        <translation>排队客户</translation>
    </message>
    <message>
        <source>Staffing what-if (Erlang C)</source>
        <translation>人手测算（Erlang C）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>baton::TransferBanner</name>
    <message>
        <source>Cancel transfer</source>
        <translation>取消转接</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>选择其他人…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) accepted. The conversation is theirs now; it stays here as history.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）已接受。会话已转交，此处保留为历史记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rejected the transfer: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 拒绝了转接：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>已离线</translation>
    </message>
    <message>
        <source>You cancelled the transfer to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>您已取消转给 &lt;b&gt;%1&lt;/b&gt; 的请求。</translation>
    </message>
    <message>
        <source>→ %1 (%2, %3/%4)</source>
        <translation>→ %1（%2，%3/%4）</translation>
    </message>
    <message>
        <source>Transfer to %1 with the same note</source>
        <translation>以相同备注转给 %1</translation>
    </message>
    <message>
        <source>Nobody else is free right now.</source>
        <translation>目前没有其他可接待的同事。</translation>
    </message>
    <message>
        <source>Waiting for &lt;b&gt;%1&lt;/b&gt; (%2) to accept — %3 s left</source>
        <translation>等待 &lt;b&gt;%1&lt;/b&gt;（%2）接受 — 剩余 %3 秒</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; did not answer within the time limit; the offer was missed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 未在时限内响应，转接已错过。</translation>
    </message>
</context>
<context>
    <name>baton::TransferDialog</name>
    <message>
        <source>Transfer conversation — %1</source>
        <translation>转接会话 — %1</translation>
    </message>
    <message>
        <source>Search colleagues by name…</source>
        <translation>按姓名搜索同事…</translation>
    </message>
    <message>
        <source>Search colleagues</source>
        <translation>搜索同事</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>部门筛选</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Skill filter</source>
        <translation>技能筛选</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>全部技能</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Recommended colleagues</source>
        <translation>推荐的同事</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>备注模板</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>（不使用模板）</translation>
    </message>
    <message>
        <source>Save as my template…</source>
        <translation>存为我的模板…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>处理进展</translation>
    </message>
    <message>
        <source>Customer situation</source>
        <translation>客户情况</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>问题描述(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Steps taken</source>
        <translation>处理进展(&amp;S)</translation>
    </message>
    <message>
        <source>Customer &amp;situation</source>
        <translation>客户情况(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>注意事项(&amp;R)</translation>
    </message>
    <message>
        <source>Transfer (Ctrl+Enter)</source>
        <translation>转接（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>No colleague can take this conversation right now.</source>
        <translation>目前没有同事可以接手此会话。</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>正在获取推荐…</translation>
    </message>
    <message>
        <source>Nobody matches. Only online colleagues with a free slot, whom you may transfer to, are listed.</source>
        <translation>没有匹配的同事。只列出在线、有空闲接待名额且您有权转接的同事。</translation>
    </message>
    <message>
        <source>Cannot load recommendations: %1</source>
        <translation>无法获取推荐：%1</translation>
    </message>
    <message>
        <source>Choose a colleague first.</source>
        <translation>请先选择一位同事。</translation>
    </message>
    <message>
        <source>The transfer was not started: %1</source>
        <translation>转接未发起：%1</translation>
    </message>
    <message>
        <source>Save note as template</source>
        <translation>将备注存为模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>当前可接待</translation>
    </message>
    <message>
        <source>Colleagues who are %1 cannot take a transfer now.</source>
        <translation>状态为“%1”的同事现在无法接收转接。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot take a transfer now.</source>
        <translation>%1 当前为“%2”，无法接收转接。</translation>
    </message>
</context>
<context>
    <name>baton::WaitingCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>baton::Workstation</name>
    <message>
        <source>Baton</source>
        <translation>接力 Baton</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
</context>
</TS>
