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
    <message>
        <source>Records</source>
        <translation>转接记录</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>差评回访</translation>
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
    <name>baton::AlertBar</name>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>Reply overdue: %1 has waited %2 for your answer.</source>
        <translation>回复超时：%1 已等待您的回复 %2。</translation>
    </message>
    <message>
        <source>Reply overdue in your team: a customer of %1 has waited %2 (conversation %3).</source>
        <translation>团队回复超时：%1 的客户已等待 %2（会话 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>You are at capacity (%1/%2) while %n customer(s) wait; no colleague has room yet.</source>
        <translation>
            <numerusform>您已满负荷（%1/%2），仍有 %n 位客户在排队；暂无同事有空位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are at capacity (%1/%2) while %n customer(s) wait. Room with: %3.</source>
        <translation>
            <numerusform>您已满负荷（%1/%2），仍有 %n 位客户在排队。有空位的同事：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote “%2”: a question for %3. Transfer to a specialist?</source>
        <translation>%1 提到“%2”：这是%3问题。转给专员？</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Team view</source>
        <translation>团队视图</translation>
    </message>
    <message>
        <source>Transfer to %1…</source>
        <translation>转给 %1…</translation>
    </message>
    <message>
        <source>Transfer several…</source>
        <translation>批量转接…</translation>
    </message>
    <message>
        <source>Transfer (%1)…</source>
        <translation>转接（%1）…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>还有 %n 条提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::AnalyticsView</name>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Transfers and success rate by day</source>
        <translation>每日转接量与成功率</translation>
    </message>
    <message>
        <source>Why transfers were rejected</source>
        <translation>转接被拒原因</translation>
    </message>
    <message>
        <source>Transfers by receiving department</source>
        <translation>各接收部门的转接结果</translation>
    </message>
    <message>
        <source>Within vs. across departments</source>
        <translation>部门内与跨部门转接</translation>
    </message>
    <message>
        <source>How fast offers were answered</source>
        <translation>转接响应用时分布</translation>
    </message>
    <message>
        <source>Satisfaction after transfer</source>
        <translation>转接后满意度</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>问题解决率</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转接量</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
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
        <source>Rejections</source>
        <translation>拒绝次数</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填写原因）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cross-department</source>
        <translation>跨部门</translation>
    </message>
    <message>
        <source>Within a department</source>
        <translation>部门内</translation>
    </message>
    <message>
        <source>%1: %2 · success rate %3</source>
        <translation>%1：%2 次 · 成功率 %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Average response</source>
        <translation>平均响应用时</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 秒</translation>
    </message>
    <message>
        <source>&gt; %1 s</source>
        <translation>&gt; %1 秒</translation>
    </message>
    <message>
        <source>Answered offers</source>
        <translation>已响应的转接</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>响应用时</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>转接数</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>全部会话</translation>
    </message>
    <message>
        <source>After a transfer</source>
        <translation>转接后的会话</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Average first response (s)</source>
        <translation>平均首次响应（秒）</translation>
    </message>
    <message>
        <source>Target ≤ %1 s</source>
        <translation>目标 ≤ %1 秒</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>达标比例</translation>
    </message>
    <message>
        <source>Left while waiting</source>
        <translation>排队中离开</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Target ≥ %1%</source>
        <translation>目标 ≥ %1%</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
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
    <name>baton::BatchTransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Transfer several chats</source>
        <translation>批量转接会话</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2，%3/%4</translation>
    </message>
    <message>
        <source>Chats to transfer</source>
        <translation>要转接的会话</translation>
    </message>
    <message>
        <source>Note for the colleague (optional)</source>
        <translation>给同事的备注（可选）</translation>
    </message>
    <message>
        <source>No colleague has room right now.</source>
        <translation>目前没有同事有空位。</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转给</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>%1 · offered to %2</source>
        <translation>%1 · 已转给 %2</translation>
    </message>
    <message>
        <source>%1 · not sent: %2</source>
        <translation>%1 · 未转出：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n offered</source>
        <translation>
            <numerusform>已转出 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失败 %n 个</numerusform>
        </translation>
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
    <name>baton::CannedRepliesPage</name>
    <message>
        <source>My canned replies</source>
        <translation>我的快捷回复</translation>
    </message>
    <message>
        <source>Chinese-speaking customers</source>
        <translation>中文客户</translation>
    </message>
    <message>
        <source>English-speaking customers</source>
        <translation>英文客户</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Short name, found by typing / in the composer</source>
        <translation>简短名称，在输入框输入 / 即可搜到</translation>
    </message>
    <message>
        <source>{customer} and {agent} become the customer&apos;s and your name</source>
        <translation>{customer} 和 {agent} 会替换为客户和您的姓名</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>通用</translation>
    </message>
</context>
<context>
    <name>baton::CannedReplyPicker</name>
    <message>
        <source>Matching canned replies</source>
        <translation>匹配的快捷回复</translation>
    </message>
    <message>
        <source>No canned reply in this customer&apos;s language — add some in Settings</source>
        <translation>没有该客户语言的快捷回复——请在“设置”中添加</translation>
    </message>
    <message>
        <source>No canned reply matches — Esc keeps what you typed</source>
        <translation>没有匹配的快捷回复——按 Esc 保留已输入的内容</translation>
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
    <name>baton::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>以表格查看数据</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1（表格）</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
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
        <source>Replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
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
        <source>Write to the customer — Ctrl+Enter sends, / finds a canned reply</source>
        <translation>回复客户——Ctrl+Enter 发送，输入 / 查找快捷回复</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>已转给 %1</translation>
    </message>
    <message>
        <source>This conversation was transferred to %1. It is kept here as read-only history.</source>
        <translation>此会话已转给 %1，这里保留为只读记录。</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>同事</translation>
    </message>
</context>
<context>
    <name>baton::CloseDialog</name>
    <message>
        <source>Close conversation</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Close the conversation with %1. Was the customer&apos;s question resolved?</source>
        <translation>结束与 %1 的会话。客户的问题解决了吗？</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>已解决(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not resolved</source>
        <translation>未解决(&amp;N)</translation>
    </message>
    <message>
        <source>Reason (optional, not shown to the customer):</source>
        <translation>原因（选填，客户看不到）：</translation>
    </message>
    <message>
        <source>e.g. waiting for the warehouse; customer will call back</source>
        <translation>例如：等待仓库回复；客户稍后再联系</translation>
    </message>
</context>
<context>
    <name>baton::CommandPalette</name>
    <message>
        <source>Go to a chat or run a command</source>
        <translation>转到会话或执行命令</translation>
    </message>
    <message>
        <source>Customer name (pinyin works) or a command — transfer, close, away…</source>
        <translation>客户姓名（支持拼音）或命令——转接、结束、离开…</translation>
    </message>
    <message>
        <source>Search chats and commands</source>
        <translation>搜索会话和命令</translation>
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
    <message>
        <source>To %1</source>
        <translation>转给 %1</translation>
    </message>
    <message>
        <source>Reply overdue</source>
        <translation>回复超时</translation>
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
    <name>baton::LowRatingsView</name>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>1 star</source>
        <translation>1 星</translation>
    </message>
    <message>
        <source>1–2 stars</source>
        <translation>1–2 星</translation>
    </message>
    <message>
        <source>1–3 stars</source>
        <translation>1–3 星</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>差评列表</translation>
    </message>
    <message>
        <source>Chat #%1 — %2</source>
        <translation>会话 #%1 — %2</translation>
    </message>
    <message>
        <source>Rated %1 of 5 · served by %2</source>
        <translation>评分 %1/5 · 接待客服：%2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>客户评价：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No low ratings in this period.</source>
        <translation>该时间段内没有差评。</translation>
    </message>
    <message numerus="yes">
        <source>%n low rating(s); Enter opens the conversation</source>
        <translation>
            <numerusform>共 %n 条差评，按回车查看会话</numerusform>
        </translation>
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
    <message>
        <source>&amp;Find a chat or command…</source>
        <translation>查找会话或命令(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>我的今天(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Close conversation…</source>
        <translation>结束会话(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Select one of your open conversations to close it.</source>
        <translation>请先选择一个您正在处理的会话再结束。</translation>
    </message>
    <message>
        <source>Quit Baton</source>
        <translation>退出 Baton</translation>
    </message>
    <message numerus="yes">
        <source>You have %n open conversation(s). If you quit, you are set to away so no new customers reach you; your open chats stay yours until you come back or a team lead moves them.</source>
        <translation>
            <numerusform>您还有 %n 个进行中的会话。退出后您会被设为离开，不再分配新客户；进行中的会话仍归您，直到您回来或组长转走。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set away and quit</source>
        <translation>设为离开并退出</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <source>Setting you away…</source>
        <translation>正在把您设为离开…</translation>
    </message>
    <message>
        <source>Transfer this conversation…</source>
        <translation>转接此会话…</translation>
    </message>
    <message>
        <source>Close this conversation…</source>
        <translation>结束此会话…</translation>
    </message>
    <message>
        <source>Open the incoming transfer</source>
        <translation>打开待接收的转接</translation>
    </message>
    <message>
        <source>My status: online</source>
        <translation>我的状态：在线</translation>
    </message>
    <message>
        <source>My status: away</source>
        <translation>我的状态：离开</translation>
    </message>
    <message>
        <source>My status: busy</source>
        <translation>我的状态：忙碌</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的今天</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Connect to another engine…</source>
        <translation>连接到其他引擎…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Receives no customers</source>
        <translation>不接待客户</translation>
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
    <name>baton::MyDayPanel</name>
    <message>
        <source>Waiting for your answer</source>
        <translation>等待您回复</translation>
    </message>
    <message>
        <source>My load</source>
        <translation>我的负载</translation>
    </message>
    <message>
        <source>My conversations today</source>
        <translation>我今天的会话</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <source>Ctrl+K finds a customer or a command  ·  Alt+↑/↓ moves between chats  ·  F1 lists every key</source>
        <translation>Ctrl+K 查找客户或命令  ·  Alt+↑/↓ 切换会话  ·  F1 查看全部快捷键</translation>
    </message>
    <message>
        <source>My day, %1 — %2</source>
        <translation>%1 的今天 — %2</translation>
    </message>
    <message>
        <source>Longest wait %1 — Alt+↓ opens the next chat</source>
        <translation>最长已等 %1——Alt+↓ 打开下一个会话</translation>
    </message>
    <message>
        <source>Nobody is waiting for you.</source>
        <translation>没有客户在等您。</translation>
    </message>
    <message>
        <source>Offline: the engine routes nobody to you.</source>
        <translation>离线：引擎不会给您分配客户。</translation>
    </message>
    <message>
        <source>Full: new customers go to colleagues.</source>
        <translation>已满：新客户会分给同事。</translation>
    </message>
    <message numerus="yes">
        <source>%n more customer(s) can reach you.</source>
        <translation>
            <numerusform>还能再接 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed today</source>
        <translation>
            <numerusform>今天已结束 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % resolved over %n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话，解决率 %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>No rated conversation yet.</source>
        <translation>还没有评分的会话。</translation>
    </message>
    <message>
        <source>You review: the engine routes no customers to you.</source>
        <translation>您负责审阅：系统不会把客户分配给您。</translation>
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
    <name>baton::OverflowDialog</name>
    <message>
        <source>Let another department take our queue</source>
        <translation>让其他部门分担我们的队列</translation>
    </message>
    <message>
        <source>Open overflow</source>
        <translation>开启溢出</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>For</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>It closes by itself; nobody loses a chat they hold.</source>
        <translation>到时自动关闭；已接待的会话不受影响。</translation>
    </message>
    <message>
        <source>More chats per agent</source>
        <translation>每位客服多接</translation>
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
    <name>baton::RatingListModel</name>
    <message>
        <source>%1 · served by %2 (%3) · %4</source>
        <translation>%1 · 接待：%2（%3）· %4</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>（未留评价）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>baton::RecordDetailDialog</name>
    <message>
        <source>Chat #%1 — %2</source>
        <translation>会话 #%1 — %2</translation>
    </message>
    <message>
        <source>%1 → %2 · %3 · %4</source>
        <translation>%1 → %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>转接链路</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>正在加载会话记录…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>没有消息。</translation>
    </message>
</context>
<context>
    <name>baton::RecordsView</name>
    <message>
        <source>Transfer records</source>
        <translation>转接记录</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门范围</translation>
    </message>
    <message>
        <source>Any departments</source>
        <translation>不限部门</translation>
    </message>
    <message>
        <source>Cross-department</source>
        <translation>跨部门</translation>
    </message>
    <message>
        <source>Within a department</source>
        <translation>部门内</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Reason contains…</source>
        <translation>原因包含…</translation>
    </message>
    <message>
        <source>Reason contains</source>
        <translation>原因包含</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n record(s) so far</source>
        <translation>
            <numerusform>正在加载… 已有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No transfers match these filters.</source>
        <translation>没有符合筛选条件的转接记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown; scroll for more</source>
        <translation>
            <numerusform>已显示 %n 条，向下滚动加载更多</numerusform>
        </translation>
    </message>
    <message>
        <source>transfers-%1.csv</source>
        <translation>转接记录-%1.csv</translation>
    </message>
    <message>
        <source>Export transfer records</source>
        <translation>导出转接记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exporting transfer records…</source>
        <translation>正在导出转接记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>baton::SatisfactionBadge</name>
    <message>
        <source>Your satisfaction today</source>
        <translation>我的今日满意度</translation>
    </message>
    <message>
        <source>Satisfaction today: no ratings yet</source>
        <translation>今日满意度：暂无评价</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction today %1 (%n rating(s))</source>
        <translation>
            <numerusform>今日满意度 %1（%n 条评价）</numerusform>
        </translation>
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
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
</context>
<context>
    <name>baton::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Find a canned reply</source>
        <translation>查找快捷回复</translation>
    </message>
    <message>
        <source>/ at the start of the message</source>
        <translation>在消息开头输入 /</translation>
    </message>
    <message>
        <source>Transfer dialog: from the search into the list</source>
        <translation>转接窗口：从搜索框进入列表</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Transfer dialog: send</source>
        <translation>转接窗口：发送</translation>
    </message>
    <message>
        <source>Close a dialog or the reply list</source>
        <translation>关闭窗口或回复列表</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>What</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
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
    <message>
        <source>reviews, no customers</source>
        <translation>审阅，不接待</translation>
    </message>
    <message>
        <source>The engine routes no customers to %1.</source>
        <translation>系统不会把客户分配给%1。</translation>
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
    <message>
        <source>Transfer chats…</source>
        <translation>转接其会话…</translation>
    </message>
    <message>
        <source>Open chat…</source>
        <translation>查看会话…</translation>
    </message>
    <message>
        <source>Open overflow…</source>
        <translation>开启溢出…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>Transfer chats of %1</source>
        <translation>转接 %1 的会话</translation>
    </message>
    <message>
        <source>%1 with %2 (read-only)</source>
        <translation>%1 与 %2 的会话（只读）</translation>
    </message>
    <message>
        <source>Overflow opened; it closes by itself.</source>
        <translation>已开启溢出，到时自动关闭。</translation>
    </message>
    <message numerus="yes">
        <source>Overflow for %1 until %2: every agent may hold %n more chat(s).</source>
        <translation>
            <numerusform>%1 溢出至 %2：每位客服可多接 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overflow for %1 until %2: %3 also takes the queue.</source>
        <translation>%1 溢出至 %2：%3 也接待本队列。</translation>
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
    <name>baton::TransferCsvExport</name>
    <message>
        <source>Transfer</source>
        <translation>转接编号</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出客服</translation>
    </message>
    <message>
        <source>From department</source>
        <translation>转出部门</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收客服</translation>
    </message>
    <message>
        <source>To department</source>
        <translation>接收部门</translation>
    </message>
    <message>
        <source>Cross-department</source>
        <translation>跨部门</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>响应用时（秒）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>Customer situation</source>
        <translation>客户情况</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>其他备注</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
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
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Nobody is %1 right now.</source>
        <translation>目前没有%1的同事。</translation>
    </message>
    <message>
        <source>Greyed colleagues are away, busy or offline and cannot be chosen.</source>
        <translation>灰色的同事处于离开、忙碌或离线状态，不能选择。</translation>
    </message>
    <message>
        <source>Nobody is called “%1”.</source>
        <translation>没有叫“%1”的同事。</translation>
    </message>
    <message>
        <source>No colleague is online right now.</source>
        <translation>目前没有同事在线。</translation>
    </message>
    <message>
        <source>Nobody in %1 is online right now.</source>
        <translation>%1目前没有人在线。</translation>
    </message>
    <message>
        <source>You may not transfer outside %1.</source>
        <translation>您没有把会话转出%1的权限。</translation>
    </message>
    <message>
        <source>The colleagues who could take it are busy with a full load, or above your level (%1) and you may not transfer upward.</source>
        <translation>能接的同事要么已满负荷，要么级别高于您（%1 级），而您没有向上转接的权限。</translation>
    </message>
    <message>
        <source>Ask your supervisor to pass it on.</source>
        <translation>请联系主管帮您转出。</translation>
    </message>
    <message>
        <source>Your team lead %1 may transfer anywhere: give it to them with your note.</source>
        <translation>您的组长 %1 可以转给任何人：把会话连同备注交给组长即可。</translation>
    </message>
    <message>
        <source>Your team lead %1 is %2 now; try again later or ask your supervisor.</source>
        <translation>您的组长 %1 目前%2；请稍后再试或联系主管。</translation>
    </message>
    <message>
        <source>Transfer to %1 (team lead)</source>
        <translation>转给组长 %1</translation>
    </message>
</context>
<context>
    <name>baton::TransferRecordModel</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
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
        <translation>已撤回</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>对方已离线</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出客服</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收客服</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应用时</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>会话</translation>
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
