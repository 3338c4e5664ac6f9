int ferry_user_placeholder;
